using System.Diagnostics;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Cluster;

/// <summary>
/// A merge of 10⁵ small points (docs/cluster.md, "Toward very large sweeps"): two shard processes fill one directory
/// side by side, and the merge reads the points one file at a time and streams the CSV, so it completes inside a
/// 256 MiB GC heap limit — a hard bound, enforced by the runtime, not a timing.
/// </summary>
public sealed class LargeMergeTests : IDisposable
{
    private const string HundredThousandPoints = """
        experiment: ising
        seed: 3
        trials: 1
        model: { lattice: chain, L: 4 }
        T: {from: 0.00005, to: 5, step: 0.00005}
        dynamics: { thermalize: 1, measure: 128 }
        """;

    private readonly CliHarness _harness = new();

    [Fact]
    public async Task A_merge_of_a_hundred_thousand_points_fits_a_256_MiB_heap_and_equals_the_plain_run()
    {
        string config = _harness.Write("large.yaml", HundredThousandPoints);
        string outDir = Path.Combine(_harness.Root, "out");
        using (var first = CliHarness.Start("run", config, "--out", outDir, "--shard", "0/2", "--threads", "1", "--quiet"))
        using (var second = CliHarness.Start("run", config, "--out", outDir, "--shard", "1/2", "--threads", "1", "--quiet"))
        {
            foreach (var shard in new[] { first, second })
            {
                var (_, error) = await Finish(shard);
                Assert.True(shard.ExitCode == 0, error);
            }
        }

        var clock = Stopwatch.StartNew();
        using (var merge = CliHarness.StartWith(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x10000000" }, "merge", outDir, "--no-charts"))
        {
            var (output, error) = await Finish(merge);
            Assert.True(merge.ExitCode == 0, $"{output}\n{error}");
        }

        Console.WriteLine($"merge of 10^5 points in a 256 MiB heap: {clock.Elapsed.TotalSeconds:F1} s");
        byte[] merged = File.ReadAllBytes(Path.Combine(outDir, "results.csv"));
        Assert.Equal(100_001, merged.Count(b => b == (byte)'\n'));

        // a plain run over the complete set writes the same bytes
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--no-charts", "--quiet");
        Assert.True(exit == 0, log);
        Assert.True(merged.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outDir, "results.csv"))), "the plain run wrote other bytes than the merge");
    }

    public void Dispose() => _harness.Dispose();

    private static async Task<(string Output, string Error)> Finish(Process process)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(10)); // a hang guard, not a timing
        var output = process.StandardOutput.ReadToEndAsync(guard.Token);
        var error = process.StandardError.ReadToEndAsync(guard.Token);
        await process.WaitForExitAsync(guard.Token);
        return (await output, await error);
    }
}
