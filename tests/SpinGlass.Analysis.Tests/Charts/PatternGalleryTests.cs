using System.Xml.Linq;
using OxyPlot;
using SpinGlass.Analysis.Charts;

namespace SpinGlass.Analysis.Tests.Charts;

public sealed class PatternGalleryTests
{
    private static sbyte[] Checkerboard(int width, int height, int phase)
    {
        var pixels = new sbyte[width * height];
        for (int i = 0; i < pixels.Length; i++)
        {
            pixels[i] = ((i / width) + (i % width) + phase) % 2 == 0 ? (sbyte)1 : (sbyte)-1;
        }

        return pixels;
    }

    private static GalleryRow Row(string label, int width, int height) => new(label,
    [
        new GalleryPanel("original", Checkerboard(width, height, 0)),
        new GalleryPanel("cue", Checkerboard(width, height, 1)),
        new GalleryPanel("recalled", Checkerboard(width, height, 0)),
    ]);

    [Fact]
    public void Gallery_renders_to_valid_SVG_with_labels_captions_and_pixels()
    {
        var model = PatternGallery.Create("Recall", [Row("A, noise 20 %", 6, 4), Row("B, noise 20 %", 6, 4)], 6, 4);
        using var stream = new MemoryStream();
        new SvgExporter { Width = 600, Height = 400 }.Export(model, stream);
        stream.Position = 0;
        var svg = XDocument.Load(stream);
        string text = svg.ToString();
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("A, noise 20 %", text, StringComparison.Ordinal);
        Assert.Contains("recalled", text, StringComparison.Ordinal);
        int rectangles = svg.Descendants().Count(e => e.Name.LocalName is "rect" or "polygon" or "path");
        Assert.True(rectangles >= 2 * 3 * 12, $"expected the on-pixels as shapes, found {rectangles}");
    }

    [Fact]
    public void Gallery_with_ragged_rows_and_no_labels_still_renders()
    {
        var rows = new GalleryRow[]
        {
            new(string.Empty, [new GalleryPanel("X", Checkerboard(3, 3, 0))]),
            new(string.Empty, [new GalleryPanel("Y", Checkerboard(3, 3, 1)), new GalleryPanel(string.Empty, Checkerboard(3, 3, 0))]),
        };
        using var stream = new MemoryStream();
        new SvgExporter { Width = 300, Height = 300 }.Export(PatternGallery.Create("ragged", rows, 3, 3), stream);
        stream.Position = 0;
        Assert.Equal("svg", XDocument.Load(stream).Root!.Name.LocalName);
    }

    [Fact]
    public void Panels_of_the_wrong_size_or_with_values_other_than_plus_minus_one_are_rejected()
    {
        var wrongSize = new GalleryRow("a", [new GalleryPanel("x", new sbyte[5])]);
        var wrongValue = new GalleryRow("a", [new GalleryPanel("x", new sbyte[] { 1, 0, 1, 1 })]);
        Assert.Throws<ArgumentException>(() => PatternGallery.Create("t", [wrongSize], 2, 2));
        Assert.Throws<ArgumentException>(() => PatternGallery.Create("t", [wrongValue], 2, 2));
        Assert.Throws<ArgumentException>(() => PatternGallery.Create("t", [], 2, 2));
        Assert.Throws<ArgumentException>(() => PatternGallery.Create("t", [new GalleryRow("a", [])], 2, 2));
    }

    [Fact]
    public void Preferred_aspect_ratio_counts_panels_and_gaps()
    {
        // 3 panels of 10 px with gaps of 3 px: 36 wide; 5 rows of 10 px with gaps of 2.5 px: 60 high.
        Assert.Equal(36.0 / 60.0, PatternGallery.PreferredAspectRatio(5, 3, 10, 10), 12);
    }
}
