using SkiaSharp;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>A user's own pictures stored and recalled through the CLI.</summary>
public sealed class ImageRetrievalTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void Pictures_given_by_a_glob_are_stored_recalled_and_drawn_in_the_gallery()
    {
        var (outDir, rows) = RunOnPictures("""
            experiment: retrieval
            trials: 6
            model: { patterns: images, files: "pictures/*.png", width: 12, height: 12 }
            noise: [0.05, 0.1]
            """);
        Assert.StartsWith("144,3,0.05,0,1,", rows[1], StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(outDir, "gallery.png")).Length > 1000);
    }

    [Fact]
    public void Pictures_are_stored_in_a_dense_memory_and_recalled_a_row_at_a_time()
    {
        var (outDir, rows) = RunOnPictures("""
            experiment: dense
            trials: 6
            model: { patterns: images, files: "pictures/*.png", width: 12, height: 10 }
            start: { noise: [0, 0.1] }
            dynamics: { order: rows }
            """);
        Assert.StartsWith("120,polynomial,3,,3,0,1,0,0,0,1,0,1,0,1,0,", rows[1], StringComparison.Ordinal);
        Assert.Contains("rows order (width 12)", File.ReadAllText(Path.Combine(outDir, "summary.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "dense_ends.png")));
    }

    [Fact]
    public void Missing_pictures_are_a_positioned_config_error()
    {
        string config = _harness.Write("images.yaml", "experiment: retrieval\nmodel: { patterns: images, files: nowhere/*.png }\n");
        var (exit, _, log) = CliHarness.Run("validate", config);
        Assert.Equal(2, exit);
        Assert.Contains("images.yaml:2:35: model.files:", log, StringComparison.Ordinal);
        Assert.Contains("names no image file", log, StringComparison.Ordinal);
    }

    /// <summary>Draws a bar, a cross and a box into pictures/, runs <paramref name="yaml"/> on them and returns the result rows.</summary>
    private (string OutDir, string[] Rows) RunOnPictures(string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_harness.Root, "pictures"));
        Draw("pictures/bar.png", canvas => canvas.DrawRect(4, 0, 12, 48, Black()));
        Draw("pictures/cross.png", canvas =>
        {
            canvas.DrawRect(0, 20, 48, 8, Black());
            canvas.DrawRect(20, 0, 8, 48, Black());
        });
        Draw("pictures/box.png", canvas => canvas.DrawRect(30, 30, 18, 18, Black()));
        string config = _harness.Write("images.yaml", yaml);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.True(exit == 0, log);
        return (outDir, File.ReadAllLines(Path.Combine(outDir, "results.csv")));
    }

    private static SKPaint Black() => new() { Color = SKColors.Black, IsAntialias = false };

    private void Draw(string name, Action<SKCanvas> draw)
    {
        using var bitmap = new SKBitmap(48, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            draw(canvas);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(_harness.Root, name), data.ToArray());
    }

    public void Dispose() => _harness.Dispose();
}
