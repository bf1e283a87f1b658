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
internal static partial class SlurmCommand
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

        // the checks would measure this (login) node; the request is sized from the need they record
        using (MemoryBudget.Unlimited())
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
        string? pathProblem = OutDirectoryCheck.Problem(outDirectory, options.OutDirectory is null ? "name" : "--out")
            ?? ScriptPathProblem(outDirectory, options.OutDirectory is null ? "name" : "--out")
            ?? ScriptPathProblem(Path.GetFullPath(options.ConfigPath), "CONFIG");
        if (pathProblem is not null)
        {
            log.WriteLine(pathProblem + "; nothing was written.");
            return ExitCodes.BadInput;
        }

        // the directory may already hold a run: only of this config (with these --set values) may it be continued
        if (RunDescription.Read(outDirectory, out _) is { } existing && existing.Fingerprint != config.Fingerprint)
        {
            log.WriteLine(
                $"{outDirectory} holds the points of another config or other --set values ({existing.ConfigFile}{MergeCommand.SetArguments(existing)}); give the same config and settings, or another --out; nothing was written.");
            return ExitCodes.BadInput;
        }

        try
        {
            var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
            double[] costs = ShardPlan.Costs(experiment);
            int[] owner = ShardPlan.Assign(costs, options.Shards);
            var spec = Spec(options, config, experiment, costs, owner, sets, memoryNeed, outDirectory, log);
            string slurmDirectory = Path.Combine(outDirectory, "slurm");
            if (options.ResubmitMissing && Active(spec.JobName, slurmDirectory) is { Count: > 0 } active)
            {
                log.WriteLine($"slurm: jobs of this run are still queued or running: {string.Join(", ", active)}; wait for them or scancel them, then resubmit; nothing was written.");
                return ExitCodes.RuntimeFailure;
            }

            Directory.CreateDirectory(Path.Combine(slurmDirectory, SlurmScripts.LogDirectory));
            WriteScript(Path.Combine(slurmDirectory, SlurmScripts.ArrayScript), SlurmScripts.Array(spec));
            WriteScript(Path.Combine(slurmDirectory, SlurmScripts.MergeScript), SlurmScripts.Merge(spec));
            WriteScript(Path.Combine(slurmDirectory, SlurmScripts.SubmitScript), SlurmScripts.Submit(spec));
            output.WriteLine($"wrote {slurmDirectory}/: {SlurmScripts.ArrayScript} ({options.Shards} tasks, {options.Threads} CPU(s), --time={spec.Time}, --mem={spec.Memory} each), {SlurmScripts.MergeScript}, {SlurmScripts.SubmitScript}");
            foreach (string note in spec.Notes.Skip(1))
            {
                output.WriteLine($"  {note}");
            }

            if (!options.Submit && !options.ResubmitMissing)
            {
                output.WriteLine($"submit with: bash {MergeCommand.Quote(Path.Combine(slurmDirectory, SlurmScripts.SubmitScript))}   (or spinglass slurm … --submit)");
                return ExitCodes.Success;
            }

            var submission = options.ResubmitMissing
                ? Resubmit(config, experiment, costs, outDirectory, slurmDirectory, options.Shards, output)
                : SubmitAll(slurmDirectory, options.Shards);
            output.WriteLine(submission.Array is null
                ? $"merge job {submission.Merge} (every shard's points are saved)"
                : $"array job {submission.Array} (shards {Ranges(submission.Shards)} of {options.Shards}), merge job {submission.Merge} after it");
            return options.Wait ? Wait(submission, config, experiment, costs, outDirectory, options, sets, output, log, cancellation) : ExitCodes.Success;
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

        if (options.Time is { } time && SlurmTime.Parse(time) is not TimeSpan)
        {
            return $"--time: '{time}' is not a Slurm time (MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS)";
        }

        if (options.Time is { } given && SlurmTime.Parse(given) < ShardEstimate.ShortestLimit)
        {
            return $"--time: {given} is shorter than {ShardEstimate.ShortestLimit.TotalMinutes:0} minutes; the time-limit warning comes at least a minute before the limit and a shard needs time to work";
        }

        if (options.Command is { } command && string.IsNullOrWhiteSpace(command))
        {
            return "--spinglass: an empty command; give the command that runs spinglass on the compute nodes";
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
            if (!argument.StartsWith('-') || argument.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            {
                return $"--sbatch-arg: '{argument}' is not an sbatch option (it must start with '-' and have no spaces, e.g. --sbatch-arg=--qos=long)";
            }
        }

        if (options.Wait && !options.Submit && !options.ResubmitMissing)
        {
            return "--wait needs --submit (or --resubmit-missing): there is nothing to wait for";
        }

        return null;
    }

    /// <summary>
    /// The time request: the dearest shard's cost over the threads, but never less than its dearest point's trials,
    /// which cannot be split beyond one trial per thread; priced by one trial here.
    /// </summary>
    private static string SuggestTime(
        Analysis.Experiments.IExperiment experiment, ResolvedConfig config, double[] costs, int[] owner, int shards, int threads, List<string> notes, TextWriter log)
    {
        if (costs.Length == 0 || costs.Max() <= 0)
        {
            return ShardEstimate.Format(ShardEstimate.MinimumTime);
        }

        log.WriteLine($"pricing one trial here to suggest --time (at most {ShardEstimate.CalibrationBudget.TotalSeconds:0} s; give --time to skip)…");
        (double SecondsPerCost, bool AtLeast, int Point, double Seconds) priced;
        try
        {
            priced = ShardEstimate.Calibrate(experiment, config.Seed, costs);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            notes.Add($"--time: a trial could not be priced here ({e.Message.ReplaceLineEndings(" ").TrimEnd('.')}); asked for {ShardEstimate.MinimumTime.TotalMinutes:0} minutes — give --time.");
            return ShardEstimate.Format(ShardEstimate.MinimumTime);
        }

        var (rate, atLeast, point, seconds) = priced;
        int rounds = (config.Trials + threads - 1) / threads;
        double expected = 0;
        for (int shard = 0; shard < shards; shard++)
        {
            double total = 0, longest = 0;
            for (int p = 0; p < costs.Length; p++)
            {
                if (owner[p] == shard)
                {
                    total += costs[p] * config.Trials;
                    longest = Math.Max(longest, costs[p] * rounds);
                }
            }

            expected = Math.Max(expected, Math.Max(total / threads, longest) * rate);
        }

        notes.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"--time: the dearest shard is expected to take {(atLeast ? "at least " : "")}{(expected < 1 ? "under 1" : expected.ToString("F0", CultureInfo.InvariantCulture))} s on {threads} thread(s) (one trial of point {point} took {seconds:F2} s here{(atLeast ? " before it was stopped" : "")}); asked for twice that plus 2 minutes, at least {ShardEstimate.MinimumTime.TotalMinutes:0}."));
        if (atLeast)
        {
            log.WriteLine("warning: the pricing trial did not finish; the suggested --time is a lower bound: give --time.");
        }

        return ShardEstimate.Format(ShardEstimate.Request(expected));
    }

    private static string SuggestMemory(long? need, List<string> notes)
    {
        long mib = ShardEstimate.MemoryRequestMiB(need);
        notes.Add(need is long bytes
            ? $"--mem: the trials of a shard hold about {(bytes < 1 << 20 ? "under 1" : (bytes >> 20).ToString(CultureInfo.InvariantCulture))} MiB at once; asked for that over {ShardEstimate.UsableShare:0.##} (the share a shard's memory check allows under an enforced limit) plus {ShardEstimate.RuntimeBytes >> 20} MiB for the runtime."
            : $"--mem: this experiment has no memory estimate; asked for {ShardEstimate.RuntimeBytes >> 20} MiB for the runtime.");
        return $"{mib}M";
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

    /// <summary>
    /// A job name from the run's name (letters, digits, '-', '_' and '.', at most 40 characters) and a short hash of its
    /// output directory, so that the jobs of one run can be found by name and never mixed with another run's.
    /// </summary>
    private static string JobName(string name, string outDirectory)
    {
        string cleaned = new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(outDirectory)))[..6];
        return $"sg-{(cleaned.Length > 40 ? cleaned[..40] : cleaned)}-{hash}";
    }

    /// <summary>
    /// A path the generated scripts can carry: sbatch reads <c>#SBATCH</c> lines itself, so no quotes, backslashes
    /// or control characters (spaces are quoted).
    /// </summary>
    private static string? ScriptPathProblem(string path, string what) =>
        path.Any(c => c is '"' or '\\' or '`' or '$' || char.IsControl(c))
            ? $"{what}: '{path}' contains a quote, backslash, '`', '$' or control character, which the Slurm scripts cannot carry; choose a plainer path"
            : null;

    /// <summary>The command that resubmits the missing shards with every option of this one.</summary>
    private static string ResubmitCommand(SlurmOptions options, IReadOnlyList<string> sets, string outDirectory)
    {
        var words = new List<string> { "spinglass", "slurm", MergeCommand.Quote(options.ConfigPath), "--shards", options.Shards.ToString(CultureInfo.InvariantCulture), "--out", MergeCommand.Quote(outDirectory) };
        words.AddRange(sets.SelectMany(set => new[] { "--set", MergeCommand.Quote(set) }));
        words.AddRange(["--threads", options.Threads.ToString(CultureInfo.InvariantCulture)]);
        foreach (var (name, value) in new[] { ("--time", options.Time), ("--mem", options.Memory), ("--partition", options.Partition), ("--account", options.Account), ("--spinglass", options.Command) })
        {
            if (value is not null)
            {
                words.AddRange([name, MergeCommand.Quote(value)]);
            }
        }

        words.AddRange((options.SbatchArguments ?? []).Select(a => "--sbatch-arg=" + MergeCommand.Quote(a)));
        if (options.NoCharts)
        {
            words.Add("--no-charts");
        }

        words.AddRange(["--resubmit-missing", "--wait"]);
        return string.Join(' ', words);
    }

    private static SlurmJobSpec Spec(
        SlurmOptions options, ResolvedConfig config, Analysis.Experiments.IExperiment experiment, double[] costs, int[] owner, IReadOnlyList<string> sets,
        long? memoryNeed, string outDirectory, TextWriter log)
    {
        int[] shardPoints = new int[options.Shards];
        foreach (int shard in owner)
        {
            shardPoints[shard]++;
        }

        var notes = new List<string>
        {
            $"{experiment.PointCount} points × {config.Trials} trials over {options.Shards} shards ({shardPoints.Min()}–{shardPoints.Max()} points per shard, balanced by cost).",
        };
        string time = options.Time ?? SuggestTime(experiment, config, costs, owner, options.Shards, options.Threads, notes, log);
        string memoryRequest = options.Memory ?? SuggestMemory(memoryNeed, notes);
        return new SlurmJobSpec(
            config.Name,
            JobName(config.Name, outDirectory),
            Path.GetFullPath(options.ConfigPath),
            outDirectory,
            sets,
            options.Shards,
            options.Threads,
            time,
            memoryRequest,
            ShardEstimate.Format(ShardEstimate.Request(experiment.PointCount * 0.002)),
            $"{ShardEstimate.MemoryRequestMiB(experiment.PointCount * 4_096L)}M",
            ShardEstimate.SignalSeconds(SlurmTime.Parse(time)),
            options.Partition,
            options.Account,
            options.SbatchArguments ?? [],
            options.Command is { } command ? command.Split(' ', StringSplitOptions.RemoveEmptyEntries) : SpinglassCommand(),
            options.NoCharts,
            notes);
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
}
