using System.Diagnostics;
using SpinGlass.Runner.Cluster;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Cluster;

/// <summary>
/// <c>spinglass slurm</c> against the real local Slurm cluster: a job array of shards and a dependent merge give the
/// bytes of a local run, also after one shard is cancelled mid-run and resubmitted.
/// </summary>
[Collection(SlurmClusterGroup.Name)]
public sealed class SlurmClusterTests(LocalSlurmCluster cluster) : IDisposable
{
    /// <summary>16 points of about a second each on one thread: long enough to cancel a shard between its points.</summary>
    private const string CancellableIsing = """
        experiment: ising
        seed: 21
        trials: 1
        model: { lattice: square, L: [24] }
        T: {from: 1.6, to: 3.1, step: 0.1}
        dynamics: { thermalize: 500, measure: 131072 }
        """;

    private readonly CliHarness _harness = new();

    [Fact]
    public void A_four_task_array_and_its_merge_equal_a_local_run()
    {
        cluster.AssertUp();
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string local = Path.Combine(_harness.Root, "local"), onCluster = Path.Combine(_harness.Root, "cluster");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", local).Exit);

        var clock = Stopwatch.StartNew();
        var (exit, output, log) = CliHarness.Run("slurm", config, "--shards", "4", "--out", onCluster, "--time", "10:00", "--mem", "1G", "--submit", "--wait");
        Assert.True(exit == 0, $"{output}\n{log}\n{Logs(onCluster)}");
        Assert.Contains("array job ", output, StringComparison.Ordinal);
        Assert.Contains("completed", output, StringComparison.Ordinal);
        RunCommandTests.AssertSameRun(local, onCluster);

        // every task ran its own shard and said so in its log
        for (int k = 0; k < 4; k++)
        {
            string shardLog = File.ReadAllText(Path.Combine(onCluster, "slurm", "logs", $"shard-{k}.out"));
            Assert.Contains($"shard {k}/4 on ", shardLog, StringComparison.Ordinal);
            Assert.Contains("ended with status 0", shardLog, StringComparison.Ordinal);
        }

        Console.WriteLine($"4-shard array + merge on the local cluster: {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_shard_cancelled_mid_run_is_resubmitted_and_the_merge_still_equals_a_local_run()
    {
        cluster.AssertUp();
        string config = _harness.Write("cancellable.yaml", CancellableIsing);
        string local = Path.Combine(_harness.Root, "local"), onCluster = Path.Combine(_harness.Root, "cluster");

        // cancel shard 1 once it has saved one of its points
        var (array, merge, ownPoints) = SubmitAndWaitForAPoint(config, onCluster, new Shard(1, 4));

        var phase = Stopwatch.StartNew();
        Command("scancel", $"{array}_1");
        WaitUntilGone(array, merge);
        Console.WriteLine($"cancelled shard 1; the array and the merge were gone after {phase.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(ownPoints, point => !File.Exists(point));
        Assert.Contains(ownPoints, File.Exists);
        Assert.False(File.Exists(Path.Combine(onCluster, "results.csv")), "the merge ran on an incomplete set");
        Assert.Contains("ended with status 143", File.ReadAllText(Path.Combine(onCluster, "slurm", "logs", "shard-1.out")), StringComparison.Ordinal);

        var refused = CliHarness.Run("merge", onCluster);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("1/4", refused.Log, StringComparison.Ordinal);

        phase.Restart();
        var again = CliHarness.Run("slurm", config, "--shards", "4", "--out", onCluster, "--time", "10:00", "--mem", "1G", "--no-charts", "--resubmit-missing", "--wait");
        Console.WriteLine($"resubmitted shard 1 and merged in {phase.Elapsed.TotalSeconds:F1} s");
        Assert.True(again.Exit == 0, $"{again.Output}\n{again.Log}\n{Logs(onCluster)}");
        Assert.Contains("resubmitting shard(s) 1 of 4", again.Output, StringComparison.Ordinal);
        Assert.Contains("already saved", File.ReadAllText(Path.Combine(onCluster, "slurm", "logs", "shard-1.out")), StringComparison.Ordinal);

        Assert.Equal(0, CliHarness.Run("run", config, "--out", local, "--no-charts").Exit);
        RunCommandTests.AssertSameRun(local, onCluster);
    }

    [Fact]
    public void A_shard_warned_of_its_time_limit_saves_its_points_requeues_itself_and_resumes()
    {
        cluster.AssertUp();
        string config = _harness.Write("cancellable.yaml", CancellableIsing);
        string local = Path.Combine(_harness.Root, "local"), onCluster = Path.Combine(_harness.Root, "cluster");
        var (array, merge, ownPoints) = SubmitAndWaitForAPoint(config, onCluster, new Shard(0, 2));
        var clock = Stopwatch.StartNew();

        // the signal --signal=B:USR1@… sends before the time limit, sent now to the batch shell of task 0
        Command("scancel", "--batch", "--signal=USR1", $"{array}_0");
        clock.Restart();
        while (!File.ReadAllText(Path.Combine(onCluster, "slurm", "logs", "shard-0.out")).Contains("requeueing", StringComparison.Ordinal)
            || SlurmClient.QueuedTasks(array).All(t => t.Task != 0 || t.State != "PENDING"))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"shard 0 was not requeued within five minutes (hang guard)\n{Logs(onCluster)}");
            Thread.Sleep(100);
        }

        Assert.Contains(ownPoints, point => !File.Exists(point));

        // a requeued job may start only after a delay (about two minutes); let it start sooner — but not at once: slurmd
        // revokes the old run's credential while it cleans up, and a restart inside that moment is killed ("Job
        // credential revoked"), which is why Slurm delays requeued jobs at all
        Thread.Sleep(5000);
        Command("scontrol", "update", $"JobId={array}_0", "StartTime=now");

        // the requeued task runs to its end (squeue may briefly list no task while Slurm requeues it: follow the log)
        string shardLog = "";
        clock.Restart();
        while (!(shardLog.Contains("restart 1", StringComparison.Ordinal) && shardLog.Contains("ended with status 0", StringComparison.Ordinal)))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"the requeued shard did not finish within five minutes (hang guard)\n{Logs(onCluster)}");
            Thread.Sleep(200);
            shardLog = File.ReadAllText(Path.Combine(onCluster, "slurm", "logs", "shard-0.out"));
        }

        WaitUntilGone(array, merge);
        Assert.Contains("already saved", shardLog, StringComparison.Ordinal);

        var mergeState = SlurmClient.Job(merge);
        Assert.True(mergeState is { State: "COMPLETED" }, $"merge {mergeState}\n{Logs(onCluster)}");

        Assert.Equal(0, CliHarness.Run("run", config, "--out", local, "--no-charts").Exit);
        RunCommandTests.AssertSameRun(local, onCluster);
    }

    public void Dispose() => _harness.Dispose();

    private static void Command(string name, params string[] arguments)
    {
        using var process = Process.Start(name, arguments);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{name} {string.Join(' ', arguments)} failed ({process.ExitCode})");
    }

    /// <summary>
    /// Submits the config as <c>shard.Count</c> shards with a merge, and waits until <paramref name="shard"/> has saved
    /// one of its points (and still has one to go): the moment to interrupt it mid-run.
    /// </summary>
    private static (string Array, string Merge, string[] OwnPoints) SubmitAndWaitForAPoint(string config, string onCluster, Shard shard)
    {
        var (exit, output, log) = CliHarness.Run(
            "slurm", config, "--shards", shard.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", onCluster, "--time", "10:00", "--mem", "1G", "--no-charts", "--submit");
        Assert.True(exit == 0, log);
        string[] ownPoints = OwnPoints(config, onCluster, shard);
        Assert.True(ownPoints.Length >= 2, $"shard {shard} needs at least two points to be interrupted mid-run");
        var clock = Stopwatch.StartNew();
        while (!ownPoints.Any(File.Exists))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"shard {shard} saved no point within five minutes (hang guard)\n{Logs(onCluster)}");
            Thread.Sleep(20);
        }

        return (Between(output, "array job ", " "), Between(output, "merge job ", " "), ownPoints);
    }

    private static string[] OwnPoints(string config, string outDirectory, Shard shard)
    {
        var loaded = Runner.Config.ConfigLoader.Load(config, [], Runner.Experiments.ExperimentCatalog.Schemas);
        var experiment = Runner.Experiments.ExperimentCatalog.Get(loaded.Config!.Kind).Build(loaded.Config);
        double[] costs = [.. Enumerable.Range(0, experiment.PointCount).Select(experiment.TrialCost)];
        return [.. ShardPlan.PointsOf(costs, shard).Select(p => Path.Combine(outDirectory, ".points", $"point-{p:D6}.json"))];
    }

    private static void WaitUntilGone(params string[] jobs)
    {
        var clock = Stopwatch.StartNew();
        while (jobs.Any(job => SlurmClient.QueuedTasks(job).Count > 0 || SlurmClient.Job(job) is { IsTerminal: false }))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"jobs {string.Join(", ", jobs)} still queued after five minutes (hang guard)");
            Thread.Sleep(200);
        }
    }

    private static string Between(string text, string before, string after)
    {
        int start = text.IndexOf(before, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{before}' not in: {text}");
        start += before.Length;
        int end = text.IndexOf(after, start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    private static string Logs(string outDirectory)
    {
        string logs = Path.Combine(outDirectory, "slurm", "logs");
        return Directory.Exists(logs)
            ? string.Join("\n", Directory.GetFiles(logs).Order(StringComparer.Ordinal).Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}"))
            : "(no Slurm logs)";
    }
}
