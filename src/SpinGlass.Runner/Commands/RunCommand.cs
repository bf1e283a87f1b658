using System.Diagnostics;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Cluster;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Commands;

/// <summary>
/// <c>spinglass run</c>: validate, lock the output directory, run the unfinished points, write results, summary and
/// charts as one set. Progress and warnings go to stderr, result lines (or summary.json with <c>--json</c>) to stdout;
/// every failure is one line (a stack trace only with <c>--verbose</c>). With <c>--shard K/N</c> it computes only that
/// shard's points into <c>OUT/.points/</c> and writes no results (docs/cluster.md); <see cref="MergeCommand"/> joins them.
/// </summary>
internal static class RunCommand
{
    /// <summary>The most worker threads allowed, as a multiple of the cores.</summary>
    public const int MaxThreadsPerCore = 4;

    public static int Execute(RunOptions options, TextWriter output, TextWriter log, bool interactive, CancellationToken cancellation)
    {
        var sets = options.Sets.ToList();
        if (options.Seed is ulong seed)
        {
            sets.Add($"seed={seed}");
        }

        int maxThreads = MaxThreadsPerCore * Environment.ProcessorCount;
        if (options.Threads is int requested && (requested < 1 || requested > maxThreads))
        {
            log.WriteLine($"--threads: {requested} is outside 1 … {maxThreads} (4 × the {Environment.ProcessorCount} cores); nothing was run.");
            return ExitCodes.BadInput;
        }

        Shard? shard = null;
        if (options.Shard is { } shardText && (shard = Shard.Parse(shardText, out string? shardProblem)) is null)
        {
            log.WriteLine(shardProblem + "; nothing was run.");
            return ExitCodes.BadInput;
        }

        if (options.OutDirectory is { } givenOut && OutDirectoryCheck.Problem(givenOut, "--out") is { } outProblem)
        {
            log.WriteLine(outProblem + "; nothing was run.");
            return ExitCodes.BadInput;
        }

        string? text = ConfigFile.Read(options.ConfigPath, out var readError);
        var loaded = text is null
            ? ConfigLoadResult.Failure([readError!])
            : ConfigLoader.LoadText(options.ConfigPath, text, sets, ExperimentCatalog.Schemas, options.Threads);
        if (!loaded.IsSuccess)
        {
            foreach (var error in loaded.Errors)
            {
                log.WriteLine(error);
            }

            if (loaded.Errors.Count > 1)
            {
                log.WriteLine($"{loaded.Errors.Count} errors; nothing was run.");
            }
            return ExitCodes.BadInput;
        }

        var config = loaded.Config!;
        string outDirectory = options.OutDirectory ?? Path.Combine("results", config.Name);
        if (options.OutDirectory is null && OutDirectoryCheck.Problem(outDirectory, "name") is { } nameProblem)
        {
            log.WriteLine(nameProblem + "; nothing was run.");
            return ExitCodes.BadInput;
        }

        if (!options.NoCharts && shard is null && ChartExporter.MissingFontProblem() is string fontProblem)
        {
            log.WriteLine($"charts: {fontProblem}; nothing was run.");
            return ExitCodes.BadInput;
        }

        int threads = options.Threads ?? Environment.ProcessorCount;
        RunDirectory directory;
        try
        {
            directory = shard is Shard part ? RunDirectory.OpenShard(outDirectory, part) : RunDirectory.Open(outDirectory);
        }
        catch (RunDirectoryException e)
        {
            log.WriteLine($"error: {e.Message}; nothing was run.");
            return ExitCodes.RuntimeFailure;
        }

        using (directory)
        {
            if (directory.Warning is { } warning)
            {
                log.WriteLine($"warning: {warning}");
            }

            // a shard never replaces another run's points: the other shards of that run may still be writing beside it
            if (shard is not null && RunDescription.Read(outDirectory, out _) is { } existing && existing.Fingerprint != config.Fingerprint)
            {
                log.WriteLine(
                    $"error: {outDirectory} holds the points of another config or other --set values ({existing.ConfigFile}{MergeCommand.SetArguments(existing)}); give the same config and settings, another --out, or remove {Path.Combine(outDirectory, PointStore.DirectoryName)} to start afresh; nothing was run.");
                return ExitCodes.BadInput;
            }

            var description = new RunDescription(RunDescription.CurrentFormat, Path.GetFullPath(options.ConfigPath), text!, sets, config.Fingerprint);
            return Run(options, config, description, shard, directory, threads, output, log, interactive, cancellation);
        }
    }

    /// <summary>
    /// Writes a finished run's outputs as one set (results, tables, charts, summary.json) and prints the result lines or,
    /// with <paramref name="json"/>, summary.json. Shared by <c>run</c> and <c>merge</c>, so both write the same bytes.
    /// </summary>
    public static int Complete(
        ResolvedConfig config, IExperiment experiment, IReadOnlyList<PointRecord> points, RunDirectory directory, DateTimeOffset started, Stopwatch clock,
        bool charts, bool json, TextWriter output)
    {
        var result = experiment.Finish(points);
        var files = RunOutputWriter.Write(directory.Path, config, experiment.Outputs, points, result, started, charts);
        directory.ReplaceOutputs(files);
        if (json)
        {
            output.Write(File.ReadAllText(Path.Combine(directory.Path, "summary.json")));
            return ExitCodes.Success;
        }

        output.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s; wrote {files.Count} files to {directory.Path}");
        foreach (var (name, value) in result.Derived)
        {
            string error = value.Error is double e ? $" ± {e:G3}" : "";
            string reference = value.Reference is double r ? $"  (reference {r:G6}{(value.Source is null ? "" : ", " + value.Source)})" : "";
            output.WriteLine($"  {name} = {value.Value:G6}{error}{reference}");
        }

        return ExitCodes.Success;
    }

    private static int Run(
        RunOptions options, ResolvedConfig config, RunDescription description, Shard? shard, RunDirectory directory, int threads, TextWriter output, TextWriter log,
        bool interactive, CancellationToken cancellation)
    {
        string outDirectory = directory.Path;
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        int saved = 0;
        try
        {
            description.Save(outDirectory);
            var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
            int[]? owned = shard is Shard part ? ShardPlan.PointsOf(ShardPlan.Costs(experiment), part) : null;
            if (!options.Quiet)
            {
                string what = owned is null ? $"{config.Points.Count} points" : $"shard {shard}: {owned.Length} of {config.Points.Count} points";
                log.WriteLine($"{config.Kind} '{config.Name}': {what} × {config.Trials} trials on {threads} thread(s) → {outDirectory}");
            }

            var store = new PointStore(outDirectory, config.Fingerprint, log, options.ReusePoints);
            var progress = new ProgressReporter(log, interactive, options.Quiet);
            var points = ExperimentDriver.Run(experiment, config.Seed, threads, store, progress, cancellation, () => Interlocked.Increment(ref saved), owned);
            if (owned is not null)
            {
                return ReportShard(shard!.Value, owned.Length, saved, config.Points.Count, outDirectory, clock, options.Json, output);
            }

            return Complete(config, experiment, points, directory, started, clock, !options.NoCharts, options.Json, output);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.WriteLine($"interrupted after {clock.Elapsed.TotalSeconds:F1} s; finished points are kept in {Path.Combine(outDirectory, PointStore.DirectoryName)} — run the same command again to resume.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var cause = e is InvalidOperationException { InnerException: { } inner } && e.Message.StartsWith("A trial failed", StringComparison.Ordinal) ? inner : e;
            string hint = cause is IOException && cause.HResult is 28 or 39 or 112 ? " (the disk is full)" : "";
            log.WriteLine(
                $"error: {cause.Message.ReplaceLineEndings(" ").TrimEnd('.')}{hint}; the finished points are kept in {Path.Combine(outDirectory, PointStore.DirectoryName)} ({saved} saved by this run) — run the same command again to resume.");
            if (options.Verbose)
            {
                log.WriteLine(e.ToString());
            }

            return ExitCodes.RuntimeFailure;
        }
    }

    private static int ReportShard(Shard shard, int owned, int computed, int total, string outDirectory, Stopwatch clock, bool json, TextWriter output)
    {
        if (json)
        {
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["shard"] = shard.ToString(),
                ["points"] = owned,
                ["computed"] = computed,
                ["already_saved"] = owned - computed,
                ["points_in_run"] = total,
                ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 3),
            }));
            return ExitCodes.Success;
        }

        output.WriteLine(owned == 0
            ? $"shard {shard} has no points ({total} points over {shard.Count} shards); nothing to do."
            : $"shard {shard} done in {clock.Elapsed.TotalSeconds:F1} s: {owned} of {total} points ({computed} computed now, {owned - computed} already saved) in {Path.Combine(outDirectory, PointStore.DirectoryName)}; 'spinglass merge {outDirectory}' writes the results once every shard is done.");
        return ExitCodes.Success;
    }
}
