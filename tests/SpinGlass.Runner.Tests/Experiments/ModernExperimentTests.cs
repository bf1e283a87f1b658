using System.Globalization;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>The <c>modern</c> experiment end to end: the issue's load test, the small-β global average, letters, convergence, masks and its config errors.</summary>
public sealed class ModernExperimentTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void At_d_64_and_M_10000_one_update_retrieves_while_the_classical_network_retrieves_none()
    {
        var rows = Run("""
            experiment: modern
            seed: 13
            trials: 10
            model: { d: 64, M: 10000, beta: [0.01, 1] }
            query: { noise: 0.2 }
            """);
        var hot = rows.Single(r => r["beta"] == 0.01);
        var cold = rows.Single(r => r["beta"] == 1);
        Assert.True(cold["retrieval_rate"] >= 0.95, $"retrieval {cold["retrieval_rate"]}");
        Assert.Equal(0, cold["classical_retrieval_rate"]);
        Assert.True(cold["fixed_point_single"] >= 0.95, $"single {cold["fixed_point_single"]}");
        Assert.InRange(cold["separation"], 20, 64);

        // at small β one update lands near the mean of all patterns: overlap ≈ 1/M·(1 + Σ overlaps), far below 0.05
        Assert.True(hot["overlap"] < 0.05, $"overlap {hot["overlap"]}");
        Assert.Equal(1, hot["fixed_point_global"]);
        Assert.Equal(0, hot["retrieval_rate"]);
    }

    [Fact]
    public void Letters_are_retrieved_to_convergence_and_shown_in_a_gallery()
    {
        string outDir = Path.Combine(_harness.Root, "letters");
        var rows = Run(
            """
            experiment: modern
            seed: 14
            trials: 4
            model: { patterns: letters, letters: ABCDEFG, beta: 0.5 }
            query: { noise: 0.1 }
            updates: converge
            """,
            outDir);
        var row = Assert.Single(rows);
        Assert.Equal(100, row["d"]);
        Assert.Equal(7, row["M"]);
        Assert.Equal(1, row["retrieval_rate"]);
        Assert.InRange(row["updates"], 2, 100);
        Assert.True(File.Exists(Path.Combine(outDir, "gallery.png")));
    }

    [Fact]
    public void Masked_cues_are_completed_while_too_few_components_are_left_and_the_classical_step_works_at_small_load()
    {
        var rows = Run("""
            experiment: modern
            seed: 15
            trials: 5
            model: { d: 64, M: 100, beta: 1 }
            query: { mask: [0.5, 0.97] }
            """);
        var half = rows.Single(r => r["mask"] == 0.5);
        Assert.Equal(0, half["noise"]);
        Assert.Equal(1, half["retrieval_rate"]);

        // two components left of 64 (round(0.97·64) = 62 set to 0): the target is rarely the best match of so little
        Assert.True(rows.Single(r => r["mask"] == 0.97)["retrieval_rate"] < 0.5);

        // the classical network's one synchronous step recalls clean cues of two patterns
        var classical = Assert.Single(Run("""
            experiment: modern
            seed: 16
            trials: 5
            model: { d: 64, M: 2, beta: 1 }
            query: { noise: 0 }
            """));
        Assert.Equal(1, classical["classical_retrieval_rate"]);
    }

    [Fact]
    public void Results_do_not_depend_on_the_threads()
    {
        string config = _harness.Write("threads.yaml", """
            experiment: modern
            seed: 17
            trials: 6
            model: { d: 32, log2_M: [4, 8, 12], beta: [0.1, 1] }
            query: { noise: 0.2 }
            """);
        string one = Path.Combine(_harness.Root, "one"), four = Path.Combine(_harness.Root, "four");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", one, "--threads", "1", "--no-charts").Exit);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", four, "--threads", "4", "--no-charts").Exit);
        Assert.Equal(File.ReadAllBytes(Path.Combine(one, "results.csv")), File.ReadAllBytes(Path.Combine(four, "results.csv")));
    }

    [Theory]
    [InlineData("updates: often", "updates: 'often' is neither a whole number 1 … 100 nor converge")]
    [InlineData("updates: 101", "nor converge")]
    [InlineData("model: { d: 8, M: 10, log2_M: 3 }", "model.log2_M")]
    [InlineData("query: { noise: 0.1, mask: 0.2 }", "query.mask")]
    [InlineData("model: { patterns: letters, d: 8 }", "the size and the number of patterns follow from the letters")]
    [InlineData("model: { beta: 0 }", "model.beta")]
    [InlineData("model: { patterns: letters }\nqueries: 4", "fixed images are each cued once per trial")]
    public void Bad_modern_configs_are_positioned_errors(string line, string message)
    {
        string config = _harness.Write("bad.yaml", $"experiment: modern\nseed: 1\n{line}\n");
        var (exit, _, log) = CliHarness.Run("validate", config);
        Assert.Equal(2, exit);
        Assert.Contains("bad.yaml:", log, StringComparison.Ordinal);
        Assert.Contains(message, log, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private List<Dictionary<string, double>> Run(string yaml, string? outDir = null)
    {
        outDir ??= Path.Combine(_harness.Root, "out");
        string config = _harness.Write("modern.yaml", yaml);
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.True(exit == 0, log);
        var lines = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        string[] header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(','))
            .ToDictionary(c => c.First, c => c.Second.Length == 0 ? double.NaN : double.Parse(c.Second, CultureInfo.InvariantCulture)))];
    }
}
