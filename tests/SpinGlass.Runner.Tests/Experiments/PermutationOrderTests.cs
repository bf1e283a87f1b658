using System.Text.Json;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>
/// <c>order: permutation</c> in the experiments and tools that declare their own site orders (dense, attractors,
/// <c>spinglass recall</c>): accepted, run by the chain's permutation sweep, and named so in the engines.
/// </summary>
public sealed class PermutationOrderTests : IDisposable
{
    private readonly CliHarness _harness = new();

    public static TheoryData<string, string> TinyRuns => new()
    {
        { "dense", "experiment: dense\nseed: 5\ntrials: 2\nmodel: { N: 40, K: [3, 20], n: 3 }\nstart: { noise: 0.1 }\ndynamics: { order: permutation }\n" },
        { "dense-letters", "experiment: dense\nseed: 5\ntrials: 3\nmodel: { patterns: letters, letters: ABC }\nstart: { noise: 0.1 }\ndynamics: { order: permutation }\n" },
        { "attractors", "experiment: attractors\nseed: 5\ntrials: 2\nstarts: 3\nmodel: { N: 60, p: 2 }\nT: [0, 0.3]\ndynamics: { order: permutation, anneal: 5 }\n" },
    };

    [Theory]
    [MemberData(nameof(TinyRuns))]
    public void A_permutation_order_run_completes_and_names_the_permutation_sweep(string name, string yaml)
    {
        string config = _harness.Write($"{name}.yaml", yaml);
        string outDir = Path.Combine(_harness.Root, name);
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.True(exit == 0, log);
        Assert.True(File.ReadAllLines(Path.Combine(outDir, "results.csv")).Length > 1);
        string summary = File.ReadAllText(Path.Combine(outDir, "summary.json"));
        Assert.Contains("permutation order", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("random order", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_attractors_order_lists_permutation_among_the_allowed()
    {
        var result = ConfigLoader.LoadText("test.yaml", "experiment: attractors\nmodel: { N: 60, p: 2 }\ndynamics: { order: rows }\n", [], ExperimentCatalog.Schemas);
        Assert.False(result.IsSuccess);
        Assert.Equal(["test.yaml:3:20: dynamics.order: must be one of random, sequential, permutation, got 'rows'"], result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Recall_takes_order_permutation_and_relaxes_the_plus_sign()
    {
        string example = Path.Combine(CliHarness.RepositoryRoot, "examples", "plus-sign");
        var (exit, output, log) = CliHarness.Run(
            "recall", "--network", Path.Combine(example, "network.json"), "--state", Path.Combine(example, "state.json"), "--order", "permutation", "--seed", "4", "--json");
        Assert.True(exit == 0, log);
        using var result = JsonDocument.Parse(output);
        Assert.Contains("permutation order", result.RootElement.GetProperty("engine").GetString(), StringComparison.Ordinal);
        Assert.True(result.RootElement.GetProperty("fixed_point").GetBoolean());
    }

    public void Dispose() => _harness.Dispose();
}
