namespace SpinGlass.Runner.Tests.Cli;

/// <summary><c>spinglass charts OUT</c>: a finished run's charts drawn again from its saved points, in other sizes and formats.</summary>
public sealed class ChartsCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Charts_are_drawn_again_as_pdf_and_png_at_another_size_without_touching_the_run()
    {
        string config = _cli.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDirectory = Path.Combine(_cli.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDirectory, "--quiet").Exit);
        var before = CliHarness.Snapshot(outDirectory);

        var (exit, output, log) = CliHarness.Run("charts", outDirectory, "--format", "pdf,png", "--set", "chart.width=1200", "--set", "chart.height=500", "--set", "chart.only=energy", "--set", "chart.log_y=true");
        Assert.True(exit == 0, log);
        Assert.Contains("drew 1 chart as pdf, png (2 files)", output, StringComparison.Ordinal);
        string charts = Path.Combine(outDirectory, "charts");
        Assert.Equal(["energy.pdf", "energy.png"], Directory.GetFiles(charts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(Path.Combine(charts, "energy.pdf"))[..4]);
        byte[] png = File.ReadAllBytes(Path.Combine(charts, "energy.png"));
        Assert.Equal(1200, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(500, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        var after = CliHarness.Snapshot(outDirectory);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Theory]
    [InlineData("--format", "gif", "--format: 'gif' is not one of png, svg, pdf")]
    [InlineData("--set", "chart.colour=red", "--set: 'chart.colour=red' is not chart.KEY=VALUE")]
    [InlineData("--set", "chart.width=5", "chart.width: '5' is not allowed")]
    [InlineData("--set", "chart.only=nope", "this run has no chart 'nope'; it has energy")]
    public void Bad_options_exit_2_with_one_line(string option, string value, string expected)
    {
        string config = _cli.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDirectory = Path.Combine(_cli.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDirectory, "--quiet", "--no-charts").Exit);
        var (exit, _, log) = CliHarness.Run("charts", outDirectory, option, value);
        Assert.Equal(2, exit);
        Assert.Contains(expected, log, StringComparison.Ordinal);
        Assert.Single(log.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(outDirectory, "charts")) && Directory.GetFiles(Path.Combine(outDirectory, "charts")).Length > 0);
    }

    [Fact]
    public void A_directory_without_a_run_is_refused()
    {
        var (exit, _, log) = CliHarness.Run("charts", _cli.Root);
        Assert.Equal(2, exit);
        Assert.StartsWith("charts: ", log, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
