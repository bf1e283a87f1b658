namespace SpinGlass.Runner.Tests.Cli;

/// <summary>A dynamic exponent exists at criticality: a temperature scan fits z only near T_c, a single-temperature run wherever it is.</summary>
public sealed class DynamicExponentScopeTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Theory]
    [InlineData("[1.5, 3.5]", false)]
    [InlineData("[1.5, 2.269185, 3.5]", true)]
    [InlineData("[3.5]", true)]
    public void Z_is_fitted_only_near_the_critical_temperature_of_a_scan(string temperatures, bool expected)
    {
        string config = _cli.Write("scan.yaml", $"experiment: ising\nseed: 3\ntrials: 2\nmodel: {{ lattice: square, L: [4, 6, 8] }}\nT: {temperatures}\ndynamics: {{ thermalize: 100, measure: 1024 }}\n");
        string outDirectory = Path.Combine(_cli.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDirectory, "--quiet", "--no-charts");
        Assert.True(exit == 0, log);
        string summary = File.ReadAllText(Path.Combine(outDirectory, "summary.json"));
        Assert.Equal(expected, summary.Contains("\"z_metropolis", StringComparison.Ordinal));
        Assert.DoesNotContain("\"z_metropolis_T1.5\"", summary, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
