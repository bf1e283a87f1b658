using System.Text.Json;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Spiking;

/// <summary>The shipped spiking config runs end to end in a tiny size through the command line.</summary>
public sealed class SpikingCliTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void The_shipped_config_runs_in_a_tiny_size_and_writes_columns_extras_and_charts()
    {
        string outDir = Path.Combine(_harness.Root, "out");
        string config = Path.Combine(CliHarness.RepositoryRoot, "configs", "spiking.yaml");
        var (exit, _, log) = CliHarness.Run(
            "run", config, "--out", outDir, "--quiet", "--set", "model.N=200", "--set", "model.p=[2, 40]", "--set", "trials=2", "--set", "duration=100", "--set", "measure=40");
        Assert.True(exit == 0, log);
        var lines = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        Assert.StartsWith("N,p,alpha,noise,overlap,overlap_err,retrieval_rate,retrieval_rate_err,rate_hz,rate_hz_err,cv_isi,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("N,p,alpha,noise,t_ms,neuron,row", File.ReadAllText(Path.Combine(outDir, "raster.csv")), StringComparison.Ordinal);
        Assert.StartsWith("N,p,alpha,noise,t_ms,mu,m", File.ReadAllText(Path.Combine(outDir, "overlaps.csv")), StringComparison.Ordinal);
        foreach (string chart in new[] { "spiking_raster", "spiking_overlaps", "spiking_retrieval", "spiking_overlap" })
        {
            Assert.True(new FileInfo(Path.Combine(outDir, chart + ".png")).Length > 1000, chart);
        }

        var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json"))).RootElement;
        Assert.Equal("spiking", summary.GetProperty("experiment").GetString());
        Assert.True(summary.GetProperty("derived").TryGetProperty("alpha_c_sparse_theory", out _));
    }

    public void Dispose() => _harness.Dispose();
}
