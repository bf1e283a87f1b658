using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SpinGlass.Runner.Commands;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Cluster;

/// <summary>The jobs of <c>spinglass slurm</c>: submitting, finding this run's queued jobs, recording and following them.</summary>
internal static partial class SlurmCommand
{
    /// <summary>A submission: the array job (null when no shard needed to run), its shard indices and the merge job.</summary>
    public sealed record Submission(string? Array, IReadOnlyList<int> Shards, string Merge, string Submitted);

    private static Submission SubmitAll(string slurmDirectory, int shards)
    {
        string submitted = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        string array = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript));
        Record(slurmDirectory, new Submission(array, [.. Enumerable.Range(0, shards)], "", submitted)); // recorded at once: the array runs even if the merge fails to submit
        string merge = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.MergeScript), $"--dependency=afterok:{array}", "--kill-on-invalid-dep=yes");
        var submission = new Submission(array, [.. Enumerable.Range(0, shards)], merge, submitted);
        Record(slurmDirectory, submission, replaceLast: true);
        return submission;
    }

    /// <summary>
    /// The jobs of this run still queued or running: by job name (so jobs submitted by submit.sh count too) and by the
    /// ids recorded in jobs.json. An earlier merge that waits on a dependency that can never be satisfied is cancelled
    /// here instead of counted: its shards have ended.
    /// </summary>
    private static List<string> Active(string jobName, string slurmDirectory)
    {
        var active = new List<string>();
        foreach (var (job, state, reason) in SlurmClient.QueuedByName(jobName).Concat(SlurmClient.QueuedByName(jobName + "-merge"))
            .Concat(Submissions(slurmDirectory).Where(s => s.Array is not null).SelectMany(s => SlurmClient.QueuedByName(null, s.Array!)))
            .DistinctBy(j => j.Job))
        {
            if (state == "PENDING" && reason == "DependencyNeverSatisfied")
            {
                SlurmClient.Cancel(job);
                continue;
            }

            active.Add($"{job} ({state})");
        }

        return active;
    }

    private static Submission Resubmit(
        ResolvedConfig config, Analysis.Experiments.IExperiment experiment, double[] costs, string outDirectory, string slurmDirectory, int shards, TextWriter output)
    {
        var store = new PointStore(outDirectory, config.Fingerprint);
        var (_, missing) = store.Collect(experiment.PointCount, experiment.Outputs);
        var rerun = ShardPlan.Owners(costs, shards, missing.Select(m => m.Point));
        string submitted = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        Submission submission;
        if (rerun.Count == 0)
        {
            submission = new Submission(null, [], SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.MergeScript)), submitted);
        }
        else
        {
            output.WriteLine($"{missing.Count} of {experiment.PointCount} points are missing; resubmitting shard(s) {Ranges(rerun)} of {shards}");
            string array = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript), $"--array={string.Join(',', rerun)}");
            Record(slurmDirectory, new Submission(array, rerun, "", submitted));
            string mergeJob = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.MergeScript), $"--dependency=afterok:{array}", "--kill-on-invalid-dep=yes");
            submission = new Submission(array, rerun, mergeJob, submitted);
        }

        Record(slurmDirectory, submission, replaceLast: rerun.Count > 0);
        return submission;
    }

    private static int Wait(
        Submission submission, ResolvedConfig config, Analysis.Experiments.IExperiment experiment, double[] costs, string outDirectory,
        SlurmOptions options, IReadOnlyList<string> sets, TextWriter output, TextWriter log, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        SlurmClient.JobInfo? last = null;
        while (true)
        {
            var merge = SlurmClient.Job(submission.Merge);
            if (merge is null || merge.IsTerminal || merge.Reason == "DependencyNeverSatisfied")
            {
                last = merge ?? last;
                break;
            }

            last = merge;
            if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(30))
            {
                lastReport = clock.Elapsed;
                string shards = submission.Array is null ? "" : $"array {submission.Array}: {SlurmClient.QueuedTasks(submission.Array).Count} of {submission.Shards.Count} shard(s) queued or running; ";
                log.WriteLine($"waiting {clock.Elapsed:hh\\:mm\\:ss}: {shards}merge {submission.Merge}: {merge.State} ({merge.Reason})");
            }

            if (cancellation.WaitHandle.WaitOne(TimeSpan.FromSeconds(1)))
            {
                log.WriteLine($"stopped waiting; the jobs go on (array {submission.Array ?? "none"}, merge {submission.Merge}).");
                return ExitCodes.Interrupted;
            }
        }

        if (last is { State: "COMPLETED" })
        {
            output.WriteLine($"merge job {submission.Merge} completed after {clock.Elapsed.TotalSeconds:F0} s: results in {outDirectory}");
            return ExitCodes.Success;
        }

        if (last is { Reason: "DependencyNeverSatisfied", IsTerminal: false })
        {
            SlurmClient.Cancel(submission.Merge);
        }

        var (_, missing) = new PointStore(outDirectory, config.Fingerprint).Collect(experiment.PointCount, experiment.Outputs, CancellationToken.None);
        var rerun = ShardPlan.Owners(costs, options.Shards, missing.Select(m => m.Point));
        string state = last is null ? "ended (Slurm no longer knows its state)" : $"ended {last.State} ({last.Reason}, exit code {last.ExitCode})";
        string advice = rerun.Count > 0
            ? $"{missing.Count} point(s) of shard(s) {Ranges(rerun)} are missing; rerun them with: {ResubmitCommand(options, sets, outDirectory)}"
            : $"every point is saved; see the merge log in {Path.Combine(outDirectory, "slurm", SlurmScripts.LogDirectory)} and run spinglass merge {MergeCommand.Quote(outDirectory)}";
        log.WriteLine($"slurm: merge job {submission.Merge} {state}; {advice}");
        return ExitCodes.RuntimeFailure;
    }

    private static List<Submission> Submissions(string slurmDirectory)
    {
        string path = Path.Combine(slurmDirectory, JobsFile);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<List<Submission>>(File.ReadAllText(path)) ?? [] : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void Record(string slurmDirectory, Submission submission, bool replaceLast = false)
    {
        var all = Submissions(slurmDirectory);
        if (replaceLast && all.Count > 0)
        {
            all.RemoveAt(all.Count - 1);
        }

        all.Add(submission);
        AtomicFile.WriteAllText(Path.Combine(slurmDirectory, JobsFile), JsonSerializer.Serialize(all, Indented) + "\n");
    }

    /// <summary><c>0-3,5,7-8</c>.</summary>
    private static string Ranges(IReadOnlyList<int> values)
    {
        var parts = new List<string>();
        for (int i = 0; i < values.Count;)
        {
            int j = i;
            while (j + 1 < values.Count && values[j + 1] == values[j] + 1)
            {
                j++;
            }

            parts.Add(i == j ? values[i].ToString(CultureInfo.InvariantCulture) : $"{values[i]}-{values[j]}");
            i = j + 1;
        }

        return string.Join(',', parts);
    }
}
