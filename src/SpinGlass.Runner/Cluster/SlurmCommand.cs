using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SpinGlass.Runner.Commands;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Cluster;

/// <summary>
/// <c>spinglass slurm CONFIG --shards N</c>: writes <c>OUT/slurm/</c> (a job-array script, one shard per task, and a
/// merge script that depends on it), and with <c>--submit</c> submits them; <c>--wait</c> follows the merge to its end;
/// <c>--resubmit-missing</c> submits only the shards whose points are missing, with a new merge (docs/cluster.md).
/// </summary>
internal static class SlurmCommand
{
    /// <summary>Array indices Slurm accepts by default (MaxArraySize = 1001).</summary>
    public const int MaxShards = 1000;

    /// <summary>The file recording the submissions, in <c>OUT/slurm/</c>.</summary>
    public const string JobsFile = "jobs.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Execute(SlurmOptions options, TextWriter output, TextWriter log, CancellationToken cancellation)
    {
        if (Problem(options) is { } problem)
        {
            log.WriteLine(problem + "; nothing was written.");
            return ExitCodes.BadInput;
        }

        var sets = (options.Sets ?? []).ToList();
        if (options.Seed is ulong seed)
        {
            sets.Add($"seed={seed}");
        }

        string? text = ConfigFile.Read(options.ConfigPath, out var readError);
        long? memoryNeed;
        ConfigLoadResult loaded;
        using (var memory = MemoryBudget.Observe())
        {
            loaded = text is null
                ? ConfigLoadResult.Failure([readError!])
                : ConfigLoader.LoadText(options.ConfigPath, text, sets, ExperimentCatalog.Schemas, options.Threads);
            memoryNeed = memory.LargestBytes;
        }

        if (!loaded.IsSuccess)
        {
            foreach (var error in loaded.Errors)
            {
                log.WriteLine(error);
            }

            log.WriteLine(loaded.Errors.Count > 1 ? $"{loaded.Errors.Count} errors; nothing was written." : "nothing was written.");
            return ExitCodes.BadInput;
        }

        var config = loaded.Config!;
        string outDirectory = Path.GetFullPath(options.OutDirectory ?? Path.Combine("results", config.Name));
        if (OutDirectoryCheck.Problem(outDirectory, options.OutDirectory is null ? "name" : "--out") is { } outProblem)
        {
            log.WriteLine(outProblem + "; nothing was written.");
            return ExitCodes.BadInput;
        }

        try
        {
            var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
            double[] costs = [.. Enumerable.Range(0, experiment.PointCount).Select(experiment.TrialCost)];
            int[] owner = ShardPlan.Assign(costs, options.Shards);
            double[] shardCost = new double[options.Shards];
            int[] shardPoints = new int[options.Shards];
            for (int point = 0; point < owner.Length; point++)
            {
                shardCost[owner[point]] += costs[point] * config.Trials;
                shardPoints[owner[point]]++;
            }

            var notes = new List<string>
            {
                $"{experiment.PointCount} points × {config.Trials} trials over {options.Shards} shards ({shardPoints.Min()}–{shardPoints.Max()} points per shard, balanced by cost).",
            };
            string time = options.Time ?? SuggestTime(experiment, config, costs, shardCost.Max(), options.Threads, notes, log);
            string memoryRequest = options.Memory ?? SuggestMemory(memoryNeed, notes);
            var spec = new SlurmJobSpec(
                config.Name,
                JobName(config.Name),
                Path.GetFullPath(options.ConfigPath),
                outDirectory,
                sets,
                options.Shards,
                options.Threads,
                time,
                memoryRequest,
                ShardEstimate.Format(ShardEstimate.Request(experiment.PointCount * 0.002)),
                $"{ShardEstimate.MemoryRequestMiB(experiment.PointCount * 16_384L)}M",
                ShardEstimate.SignalSeconds(SlurmTime.Parse(time)),
                options.Partition,
                options.Account,
                options.SbatchArguments ?? [],
                options.Command is { } command ? command.Split(' ', StringSplitOptions.RemoveEmptyEntries) : SpinglassCommand(),
                options.NoCharts,
                notes);
            string slurmDirectory = Path.Combine(outDirectory, "slurm");
            Directory.CreateDirectory(Path.Combine(slurmDirectory, SlurmScripts.LogDirectory));
            WriteScript(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript), SlurmScripts.Array(spec));
            WriteScript(Path.Combine(slurmDirectory, SlurmScripts.MergeScript), SlurmScripts.Merge(spec));
            WriteScript(Path.Combine(slurmDirectory, SlurmScripts.SubmitScript), SlurmScripts.Submit(spec));
            output.WriteLine($"wrote {slurmDirectory}/: {SlurmScripts.ArrayScript} ({options.Shards} tasks, {options.Threads} CPU(s), --time={time}, --mem={memoryRequest} each), {SlurmScripts.MergeScript}, {SlurmScripts.SubmitScript}");
            foreach (string note in notes.Skip(1))
            {
                output.WriteLine($"  {note}");
            }

            if (!options.Submit && !options.ResubmitMissing)
            {
                output.WriteLine($"submit with: bash {Path.Combine(slurmDirectory, SlurmScripts.SubmitScript)}   (or spinglass slurm … --submit)");
                return ExitCodes.Success;
            }

            var submission = options.ResubmitMissing
                ? Resubmit(config, experiment, owner, outDirectory, slurmDirectory, options.Shards, output, log)
                : SubmitAll(slurmDirectory);
            if (submission is null)
            {
                return ExitCodes.RuntimeFailure;
            }

            Record(slurmDirectory, submission);
            output.WriteLine(submission.Array is null
                ? $"merge job {submission.Merge} (every shard's points are saved)"
                : $"array job {submission.Array} (shards {Ranges(submission.Shards)} of {options.Shards}), merge job {submission.Merge} after it");
            return options.Wait ? Wait(submission, config, experiment, owner, outDirectory, options, output, log, cancellation) : ExitCodes.Success;
        }
        catch (SlurmException e)
        {
            log.WriteLine($"slurm: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {e.Message.TrimEnd('.')}");
            return ExitCodes.RuntimeFailure;
        }
    }

    /// <summary>A submission: the array job (null when no shard needed to run), its shard indices and the merge job.</summary>
    public sealed record Submission(string? Array, IReadOnlyList<int> Shards, string Merge, string Submitted);

    private static string? Problem(SlurmOptions options)
    {
        if (options.Shards < 1 || options.Shards > MaxShards)
        {
            return $"--shards: {options.Shards} is outside 1 … {MaxShards} (Slurm's default MaxArraySize allows array indices up to {MaxShards})";
        }

        if (options.Threads < 1 || options.Threads > 1024)
        {
            return $"--threads: {options.Threads} is outside 1 … 1024 (the CPUs each shard asks for)";
        }

        if (options.Time is { } time && SlurmTime.Parse(time) is null)
        {
            return $"--time: '{time}' is not a Slurm time (MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS)";
        }

        if (options.Memory is { } memory && !SlurmTime.IsMemory(memory))
        {
            return $"--mem: '{memory}' is not a Slurm memory size (a whole number with an optional unit K, M, G or T, e.g. 4G)";
        }

        foreach (var (name, value) in new[] { ("--partition", options.Partition), ("--account", options.Account) })
        {
            if (value is not null && (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '\'' or '"' or '#')))
            {
                return $"{name}: '{value}' is not a Slurm name (no spaces, quotes or '#')";
            }
        }

        foreach (string argument in options.SbatchArguments ?? [])
        {
            if (!argument.StartsWith('-') || argument.Any(char.IsControl))
            {
                return $"--sbatch-arg: '{argument}' is not an sbatch option (it must start with '-' and be one line, e.g. --sbatch-arg=--qos=long)";
            }
        }

        if (options.Wait && !options.Submit && !options.ResubmitMissing)
        {
            return "--wait needs --submit (or --resubmit-missing): there is nothing to wait for";
        }

        return null;
    }

    private static string SuggestTime(
        Analysis.Experiments.IExperiment experiment, ResolvedConfig config, double[] costs, double dearestShard, int threads, List<string> notes, TextWriter log)
    {
        if (costs.Length == 0 || dearestShard <= 0)
        {
            return ShardEstimate.Format(ShardEstimate.MinimumTime);
        }

        log.WriteLine($"pricing one trial here to suggest --time (at most {ShardEstimate.CalibrationBudget.TotalSeconds:0} s; give --time to skip)…");
        var (rate, atLeast, point, seconds) = ShardEstimate.Calibrate(experiment, config.Seed, costs);
        double expected = dearestShard * rate / threads;
        var request = ShardEstimate.Request(expected);
        notes.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"--time: the dearest shard is expected to take {(atLeast ? "at least " : "")}{(expected < 1 ? "under 1" : expected.ToString("F0", CultureInfo.InvariantCulture))} s on {threads} thread(s) (one trial of point {point} took {seconds:F2} s here{(atLeast ? " before it was stopped" : "")}); asked for twice that plus 2 minutes, at least {ShardEstimate.MinimumTime.TotalMinutes:0}."));
        if (atLeast)
        {
            log.WriteLine("warning: the pricing trial did not finish; the suggested --time is a lower bound: give --time.");
        }

        return ShardEstimate.Format(request);
    }

    private static string SuggestMemory(long? need, List<string> notes)
    {
        long mib = ShardEstimate.MemoryRequestMiB(need);
        notes.Add(need is long bytes
            ? $"--mem: the trials of a shard hold about {(bytes < 1 << 20 ? "under 1" : (bytes >> 20).ToString(CultureInfo.InvariantCulture))} MiB at once; asked for that plus {ShardEstimate.RuntimeBytes >> 20} MiB for the runtime, and a quarter more."
            : $"--mem: this experiment has no memory estimate; asked for {ShardEstimate.RuntimeBytes >> 20} MiB for the runtime and a quarter more.");
        return $"{mib}M";
    }

    private static Submission SubmitAll(string slurmDirectory)
    {
        string array = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript));
        string merge = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.MergeScript), $"--dependency=afterok:{array}", "--kill-on-invalid-dep=yes");
        int shards = File.ReadLines(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript))
            .Select(line => line.StartsWith("#SBATCH --array=0-", StringComparison.Ordinal) ? int.Parse(line["#SBATCH --array=0-".Length..], CultureInfo.InvariantCulture) + 1 : 0)
            .Max();
        return new Submission(array, [.. Enumerable.Range(0, shards)], merge, DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture));
    }

    private static Submission? Resubmit(
        ResolvedConfig config, Analysis.Experiments.IExperiment experiment, int[] owner, string outDirectory, string slurmDirectory, int shards,
        TextWriter output, TextWriter log)
    {
        // a shard still queued or running from an earlier submission would be computed twice: refuse, naming it
        var previous = Submissions(slurmDirectory);
        var active = previous.Where(s => s.Array is not null)
            .SelectMany(s => SlurmClient.QueuedTasks(s.Array!).Select(t => $"{s.Array}_{t.Task} ({t.State})"))
            .ToList();
        if (active.Count > 0)
        {
            log.WriteLine($"slurm: shards of an earlier submission are still queued or running: {string.Join(", ", active)}; wait for them or scancel them, then resubmit.");
            return null;
        }

        foreach (var merge in previous.Select(s => s.Merge))
        {
            if (SlurmClient.Job(merge) is { IsTerminal: false } waiting)
            {
                // its shards have all ended, so it waits on a dependency that can never be satisfied
                SlurmClient.Cancel(merge);
                output.WriteLine($"cancelled the earlier merge job {merge} ({waiting.State}, {waiting.Reason})");
            }
        }

        var store = new PointStore(outDirectory, config.Fingerprint);
        var (_, missing) = store.Collect(experiment.PointCount, experiment.Outputs);
        var rerun = missing.Select(m => owner[m.Point]).Distinct().Order().ToList();
        string submitted = DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture);
        if (rerun.Count == 0)
        {
            return new Submission(null, [], SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.MergeScript)), submitted);
        }

        output.WriteLine($"{missing.Count} of {experiment.PointCount} points are missing; resubmitting shard(s) {Ranges(rerun)} of {shards}");
        string array = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript), $"--array={string.Join(',', rerun)}");
        string mergeJob = SlurmClient.Submit(Path.Combine(slurmDirectory, SlurmScripts.MergeScript), $"--dependency=afterok:{array}", "--kill-on-invalid-dep=yes");
        return new Submission(array, rerun, mergeJob, submitted);
    }

    private static int Wait(
        Submission submission, ResolvedConfig config, Analysis.Experiments.IExperiment experiment, int[] owner, string outDirectory,
        SlurmOptions options, TextWriter output, TextWriter log, CancellationToken cancellation)
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

        var (_, missing) = new PointStore(outDirectory, config.Fingerprint).Collect(experiment.PointCount, experiment.Outputs);
        var rerun = missing.Select(m => owner[m.Point]).Distinct().Order().ToList();
        string state = last is null ? "ended (Slurm no longer knows its state)" : $"ended {last.State} ({last.Reason}, exit code {last.ExitCode})";
        string advice = rerun.Count > 0
            ? $"{missing.Count} point(s) of shard(s) {Ranges(rerun)} are missing; rerun them with: spinglass slurm {MergeCommand.Quote(options.ConfigPath)} --shards {options.Shards} --out {MergeCommand.Quote(outDirectory)} --resubmit-missing --submit"
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

    private static void Record(string slurmDirectory, Submission submission)
    {
        var all = Submissions(slurmDirectory);
        all.Add(submission);
        AtomicFile.WriteAllText(Path.Combine(slurmDirectory, JobsFile), JsonSerializer.Serialize(all, Indented) + "\n");
    }

    private static void WriteScript(string path, string text)
    {
        AtomicFile.WriteAllText(path, text);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
    }

    /// <summary>A job name from the run's name: letters, digits, '-', '_' and '.', at most 40 characters.</summary>
    private static string JobName(string name)
    {
        string cleaned = new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return "sg-" + (cleaned.Length > 40 ? cleaned[..40] : cleaned);
    }

    /// <summary>The command line that runs this SpinGlass on a compute node: the .NET host and this assembly.</summary>
    private static string[] SpinglassCommand()
    {
        string assembly = typeof(SlurmCommand).Assembly.Location;
        string? host = Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? process
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Select(directory => Path.Combine(directory, "dotnet"))
                .FirstOrDefault(File.Exists);
        return [host ?? "dotnet", assembly];
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
