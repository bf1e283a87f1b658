using System.Diagnostics;
using System.Globalization;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Cluster;

/// <summary><c>run --shard K/N</c> and <c>merge OUT</c> on one machine: the merged run is the single run, byte for byte.</summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Theory]
    [InlineData(1, new[] { 0 })]
    [InlineData(2, new[] { 1, 0 })]
    [InlineData(4, new[] { 3, 1, 0, 2 })]
    [InlineData(6, new[] { 5, 4, 3, 2, 1, 0 })]
    [InlineData(9, new[] { 8, 2, 6, 0, 4, 1, 7, 3, 5 })]
    public void Shards_merged_in_any_order_equal_the_single_run(int shards, int[] order)
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string single = Path.Combine(_harness.Root, "single"), sharded = Path.Combine(_harness.Root, "sharded");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", single).Exit);

        foreach (int k in order)
        {
            var (exit, output, log) = CliHarness.Run("run", config, "--out", sharded, "--shard", $"{k}/{shards}", "--threads", "1");
            Assert.True(exit == 0, log);
            Assert.False(File.Exists(Path.Combine(sharded, "results.csv")), "a shard wrote results");
            Assert.Contains($"shard {k}/{shards}", output, StringComparison.Ordinal);
        }

        var merged = CliHarness.Run("merge", sharded);
        Assert.True(merged.Exit == 0, merged.Log);
        RunCommandTests.AssertSameRun(single, sharded);
    }

    [Fact]
    public void A_shard_beyond_the_points_has_nothing_to_do()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, output, _) = CliHarness.Run("run", config, "--out", outDir, "--shard", "8/9");
        Assert.Equal(0, exit);
        Assert.Contains("shard 8/9 has no points (6 points over 9 shards)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_refuses_an_incomplete_set_and_names_the_missing_points_and_their_shards()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        foreach (int k in new[] { 0, 2 })
        {
            Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--shard", $"{k}/3").Exit);
        }

        // a damaged file of a finished shard counts as missing too, with why
        string damaged = Directory.GetFiles(Path.Combine(outDir, ".points"), "point-*.json").Order(StringComparer.Ordinal).First();
        File.WriteAllText(damaged, File.ReadAllText(damaged).Replace("\"energy\":-", "\"energy\":-1", StringComparison.Ordinal));

        var (exit, _, log) = CliHarness.Run("merge", outDir);
        Assert.Equal(1, exit);
        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("points are missing or invalid", line, StringComparison.Ordinal);
        Assert.Contains("not computed", line, StringComparison.Ordinal);
        Assert.Contains("checksum", line, StringComparison.Ordinal);
        Assert.Contains("shards to rerun: ", line, StringComparison.Ordinal);
        Assert.Contains("1/3", line, StringComparison.Ordinal);
        Assert.Contains("--resubmit-missing", line, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "results.csv")));
        Assert.True(File.Exists(damaged), "merge must not change the saved points");

        // rerunning the named shards (and the damaged point's shard) completes the set
        foreach (string shard in ShardsNamed(line))
        {
            Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--shard", shard).Exit);
        }

        Assert.Equal(0, CliHarness.Run("merge", outDir).Exit);
        string single = Path.Combine(_harness.Root, "single");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", single).Exit);
        RunCommandTests.AssertSameRun(single, outDir);
    }

    [Fact]
    public void A_plain_run_over_complete_shards_merges_them()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out"), single = Path.Combine(_harness.Root, "single");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", single).Exit);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--shard", "0/2").Exit);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--shard", "1/2").Exit);

        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.True(exit == 0, log);
        Assert.Contains("resuming: 6 of 6 points already finished", log, StringComparison.Ordinal);
        RunCommandTests.AssertSameRun(single, outDir);
    }

    [Fact]
    public void Merge_of_a_directory_without_a_run_is_a_usage_error()
    {
        string empty = Path.Combine(_harness.Root, "empty");
        Directory.CreateDirectory(empty);
        var (exit, _, log) = CliHarness.Run("merge", empty);
        Assert.Equal(2, exit);
        Assert.Contains("holds no run to merge", log, StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.Run("merge", Path.Combine(_harness.Root, "absent")).Exit);
        Assert.Equal(2, CliHarness.Run("run", _harness.Write("tiny.yaml", CliHarness.TinyIsing), "--shard", "2/2").Exit);
    }

    [Fact]
    public void Shards_run_side_by_side_while_merge_and_plain_runs_wait_for_them()
    {
        string config = _harness.Write("slow.yaml", CliHarness.SlowIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        using var first = CliHarness.Start("run", config, "--out", outDir, "--shard", "0/2", "--threads", "1", "--no-charts");
        using var second = CliHarness.Start("run", config, "--out", outDir, "--shard", "1/2", "--threads", "1", "--no-charts");
        CliHarness.WaitForPoints(first, outDir, 2);

        // the same shard twice, a merge and a plain run are refused while the shards hold the directory
        var again = CliHarness.Run("run", config, "--out", outDir, "--shard", "1/2");
        Assert.Equal(1, again.Exit);
        Assert.Contains("shard 1/2 of", again.Log, StringComparison.Ordinal);
        var merge = CliHarness.Run("merge", outDir);
        Assert.Equal(1, merge.Exit);
        Assert.Contains("running shard(s)", merge.Log, StringComparison.Ordinal);
        Assert.Contains("0/2", merge.Log, StringComparison.Ordinal);
        Assert.Equal(1, CliHarness.Run("run", config, "--out", outDir).Exit);

        // SIGTERM to one shard: it keeps its finished points, and its rerun resumes them
        Signal(second, "TERM");
        Assert.True(second.WaitForExit(60_000), "the shard did not stop within a minute");
        Assert.Equal(143, second.ExitCode);
        Assert.True(first.WaitForExit(300_000), "shard 0/2 did not finish (hang guard)");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, CliHarness.Run("merge", outDir).Exit);

        var resumed = CliHarness.Run("run", config, "--out", outDir, "--shard", "1/2", "--no-charts");
        Assert.True(resumed.Exit == 0, resumed.Log);
        Assert.Contains("already saved", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliHarness.Run("merge", outDir, "--no-charts").Exit);

        string single = Path.Combine(_harness.Root, "single");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", single, "--no-charts").Exit);
        RunCommandTests.AssertSameRun(single, outDir);
        Assert.Empty(Directory.GetFiles(outDir, "*.pid", SearchOption.AllDirectories));
    }

    [Fact]
    public void Without_working_file_locks_a_run_says_so()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        using var process = CliHarness.StartWith(
            new Dictionary<string, string> { ["DOTNET_SYSTEM_IO_DISABLEFILELOCKING"] = "1" }, "run", config, "--out", Path.Combine(_harness.Root, "out"), "--shard", "0/2");
        string log = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "hang guard");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("warning: file locks do not work in", log, StringComparison.Ordinal);
    }

    private static string[] ShardsNamed(string refusal)
    {
        string list = refusal[(refusal.IndexOf("shards to rerun: ", StringComparison.Ordinal) + "shards to rerun: ".Length)..];
        return list[..list.IndexOf(" (", StringComparison.Ordinal)].Split(", ");
    }

    private static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose() => _harness.Dispose();
}
