using System.Diagnostics;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Commands;

/// <summary>
/// <c>spinglass run</c>: validate, lock the output directory, run the unfinished points, write results, summary and
/// charts as one set. Progress and warnings go to stderr, result lines (or summary.json with <c>--json</c>) to stdout;
/// every failure is one line (a stack trace only with <c>--verbose</c>).
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

        if (options.OutDirectory is { } givenOut && OutDirectoryCheck.Problem(givenOut, "--out") is { } outProblem)
        {
            log.WriteLine(outProblem + "; nothing was run.");
            return ExitCodes.BadInput;
        }

        var loaded = ConfigLoader.Load(options.ConfigPath, sets, ExperimentCatalog.Schemas, options.Threads);
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

        if (!options.NoCharts && ChartExporter.MissingFontProblem() is string fontProblem)
        {
            log.WriteLine($"charts: {fontProblem}; nothing was run.");
            return ExitCodes.BadInput;
        }

        int threads = options.Threads ?? Environment.ProcessorCount;
        RunDirectory directory;
        try
        {
            directory = RunDirectory.Open(outDirectory);
        }
        catch (RunDirectoryException e)
        {
            log.WriteLine($"error: {e.Message}; nothing was run.");
            return ExitCodes.RuntimeFailure;
        }

        using (directory)
        {
            return Run(options, config, directory, threads, output, log, interactive, cancellation);
        }
    }

    private static int Run(
        RunOptions options, ResolvedConfig config, RunDirectory directory, int threads, TextWriter output, TextWriter log, bool interactive, CancellationToken cancellation)
    {
        string outDirectory = directory.Path;
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        if (!options.Quiet)
        {
            log.WriteLine($"{config.Kind} '{config.Name}': {config.Points.Count} points × {config.Trials} trials on {threads} thread(s) → {outDirectory}");
        }

        int saved = 0;
        try
        {
            var store = new PointStore(outDirectory, config.Fingerprint, log, options.ReusePoints);
            var progress = new ProgressReporter(log, interactive, options.Quiet);
            var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
            var points = ExperimentDriver.Run(experiment, config.Seed, threads, store, progress, cancellation, () => Interlocked.Increment(ref saved));
            var result = experiment.Finish(points);
            var files = RunOutputWriter.Write(outDirectory, config, experiment.Outputs, points, result, started, !options.NoCharts);
            directory.ReplaceOutputs(files);
            if (options.Json)
            {
                output.Write(File.ReadAllText(Path.Combine(outDirectory, "summary.json")));
                return ExitCodes.Success;
            }

            output.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s; wrote {files.Count} files to {outDirectory}");
            foreach (var (name, value) in result.Derived)
            {
                string error = value.Error is double e ? $" ± {e:G3}" : "";
                string reference = value.Reference is double r ? $"  (reference {r:G6}{(value.Source is null ? "" : ", " + value.Source)})" : "";
                output.WriteLine($"  {name} = {value.Value:G6}{error}{reference}");
            }

            return ExitCodes.Success;
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
}
