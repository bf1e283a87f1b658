using SkiaSharp;
using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Tests.Patterns;

public sealed class ImagePatternsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "spinglass-tests", Guid.NewGuid().ToString("N"));

    public ImagePatternsTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WritePng(string name, SKColor background, Action<SKCanvas> draw)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(40, 30, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            draw(canvas);
        }

        string path = Path.Combine(_directory, name);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    private static string Render(sbyte[] pixels, int width) =>
        string.Join('\n', pixels.Chunk(width).Select(row => new string(row.Select(s => s > 0 ? '#' : '.').ToArray())));

    [Fact]
    public void A_black_rectangle_on_white_becomes_exactly_its_grid_cells()
    {
        // 40×30 → 10×10: a cell is 4×3 image pixels; x ∈ [12, 28), y ∈ [9, 21) is cells 3..6 × 3..6.
        using var black = new SKPaint { Color = SKColors.Black };
        string path = WritePng("rectangle.png", SKColors.White, c => c.DrawRect(SKRect.Create(12, 9, 16, 12), black));
        var pixels = ImagePatterns.LoadPixels(path, 10, 10);
        for (int row = 0; row < 10; row++)
        {
            for (int col = 0; col < 10; col++)
            {
                bool inside = row is >= 3 and <= 6 && col is >= 3 and <= 6;
                Assert.True((pixels[row * 10 + col] > 0) == inside, $"cell ({row}, {col}):\n{Render(pixels, 10)}");
            }
        }
    }

    [Fact]
    public void A_thin_black_X_keeps_both_diagonals_and_leaves_the_edge_midpoints_off()
    {
        using var pen = new SKPaint { Color = SKColors.Black, StrokeWidth = 2, IsAntialias = true, Style = SKPaintStyle.Stroke };
        string path = WritePng("x.png", SKColors.White, c =>
        {
            c.DrawLine(0, 0, 40, 30, pen);
            c.DrawLine(40, 0, 0, 30, pen);
        });
        var set = ImagePatterns.Load([path], 10, 10);
        var pixels = set.Patterns.Pattern(0);
        string picture = Render(pixels.ToArray(), 10);
        for (int r = 0; r < 10; r++)
        {
            Assert.True(pixels[r * 10 + r] > 0, $"main diagonal ({r}, {r}):\n{picture}");
            Assert.True(pixels[r * 10 + 9 - r] > 0, $"anti-diagonal ({r}, {9 - r}):\n{picture}");
        }

        foreach (var (row, col) in new[] { (0, 5), (9, 4), (5, 0), (4, 9) })
        {
            Assert.True(pixels[row * 10 + col] < 0, $"edge midpoint ({row}, {col}):\n{picture}");
        }

        Assert.Equal(["x.png"], set.Names);
        Assert.Equal(100, set.Patterns.N);
    }

    [Fact]
    public void Transparent_pixels_count_as_white_paper_and_patterns_follow_file_order()
    {
        using var black = new SKPaint { Color = SKColors.Black };
        string top = WritePng("top.png", SKColors.Transparent, c => c.DrawRect(SKRect.Create(0, 0, 40, 15), black));
        string bottom = WritePng("bottom.png", SKColors.White, c => c.DrawRect(SKRect.Create(0, 15, 40, 15), black));
        var set = ImagePatterns.Load([top, bottom], 4, 2);
        Assert.Equal(["top.png", "bottom.png"], set.Names);
        Assert.Equal(new sbyte[] { 1, 1, 1, 1, -1, -1, -1, -1 }, set.Patterns.Pattern(0).ToArray());
        Assert.Equal(new sbyte[] { -1, -1, -1, -1, 1, 1, 1, 1 }, set.Patterns.Pattern(1).ToArray());
    }

    [Fact]
    public void A_uniform_image_is_all_off()
    {
        string path = WritePng("grey.png", new SKColor(0x80, 0x80, 0x80), _ => { });
        Assert.All(ImagePatterns.LoadPixels(path, 7, 5), s => Assert.Equal(-1, s));
    }

    [Fact]
    public void A_missing_file_gives_an_error_that_names_the_path()
    {
        string path = Path.Combine(_directory, "nowhere.png");
        var error = Assert.Throws<FileNotFoundException>(() => ImagePatterns.Load([path], 10, 10));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undecodable_file_gives_an_error_that_names_the_path()
    {
        string path = Path.Combine(_directory, "text.png");
        File.WriteAllText(path, "this is not an image");
        var error = Assert.Throws<InvalidDataException>(() => ImagePatterns.LoadPixels(path, 10, 10));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
