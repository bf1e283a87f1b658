using System.Diagnostics;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Commands;

/// <summary><c>spinglass run</c>: validate, run the unfinished points, write results, summary and charts.</summary>
internal static class RunCommand
{
    public static int Execute(RunOptions options, TextWriter log, bool interactive, CancellationToken cancellation)
    {
        var sets = options.Sets.ToList();
        if (options.Seed is ulong seed)
        {
            sets.Add($"seed={seed}");
        }

        var loaded = ConfigLoader.Load(options.ConfigPath, sets, ExperimentCatalog.Schemas);
        if (!loaded.IsSuccess)
        {
            foreach (var error in loaded.Errors)
            {
                log.WriteLine(error);
            }

            log.WriteLine($"{loaded.Errors.Count} error(s); nothing was run.");
            return ExitCodes.BadInput;
        }

        var config = loaded.Config!;
        if (options.Threads is < 1)
        {
            log.WriteLine("--threads: must be ≥ 1");
            return ExitCodes.BadInput;
        }

        if (!options.NoCharts && ChartExporter.MissingFontProblem() is string fontProblem)
        {
            log.WriteLine($"charts: {fontProblem}; nothing was run.");
            return ExitCodes.BadInput;
        }

        string outDirectory = options.OutDirectory ?? Path.Combine("results", config.Name);
        int threads = options.Threads ?? Environment.ProcessorCount;
        Directory.CreateDirectory(outDirectory);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        log.WriteLine($"{config.Kind} '{config.Name}': {config.Points.Count} points × {config.Trials} trials on {threads} thread(s) → {outDirectory}");
        try
        {
            var store = new PointStore(outDirectory, config.Fingerprint, log);
            var progress = new ProgressReporter(log, interactive);
            var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
            var points = ExperimentDriver.Run(experiment, config.Seed, threads, store, progress, cancellation);
            var output = experiment.Finish(points);
            var files = RunOutputWriter.Write(outDirectory, config, experiment.Outputs, points, output, started, !options.NoCharts);
            log.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s; wrote {files.Count} files to {outDirectory}");
            foreach (var (name, value) in output.Derived)
            {
                string error = value.Error is double e ? $" ± {e:G3}" : "";
                string reference = value.Reference is double r ? $"  (reference {r:G6}{(value.Source is null ? "" : ", " + value.Source)})" : "";
                log.WriteLine($"  {name} = {value.Value:G6}{error}{reference}");
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.WriteLine($"interrupted after {clock.Elapsed.TotalSeconds:F1} s; finished points are kept in {outDirectory} — run the same command again to resume.");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            log.WriteLine($"error: {e.Message}{(e.InnerException is null ? "" : $" ({e.InnerException.GetType().Name}: {e.InnerException.Message})")}");
            log.WriteLine($"finished points are kept in {outDirectory}.");
            return ExitCodes.RuntimeFailure;
        }
    }
}
