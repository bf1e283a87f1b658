using System.Diagnostics;
using System.Globalization;
using SpinGlass.Runner.Cluster;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Execution;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Commands;

/// <summary>
/// <c>spinglass merge OUT</c>: checks that every point of the run in OUT is saved and verified, and writes results.csv,
/// the tables, summary.json and the charts from them — the bytes a single-machine run of the same config and seed
/// writes (docs/cluster.md). It computes nothing: an incomplete set is refused, naming the missing points and the shards
/// that own them.
/// </summary>
internal static class MergeCommand
{
    /// <summary>How many missing points a refusal names before "…".</summary>
    private const int NamedPoints = 12;

    public static int Execute(MergeOptions options, TextWriter output, TextWriter log, CancellationToken cancellation = default)
    {
        string outDirectory = options.OutDirectory;
        if (OutDirectoryCheck.Problem(outDirectory, "OUT") is { } outProblem)
        {
            log.WriteLine(outProblem + "; nothing was merged.");
            return ExitCodes.BadInput;
        }

        if (RunDescription.Read(outDirectory, out string? problem) is not { } description)
        {
            log.WriteLine($"merge: {problem}; nothing was merged.");
            return ExitCodes.BadInput;
        }

        ConfigLoadResult loaded;
        using (MemoryBudget.Unlimited())
        {
            // the merge runs no trial: the run's memory checks (made where the trials ran) do not apply here
            loaded = ConfigLoader.LoadText(description.ConfigFile, description.ConfigText, description.Sets, ExperimentCatalog.Schemas, threads: 1);
        }

        if (!loaded.IsSuccess)
        {
            foreach (var error in loaded.Errors)
            {
                log.WriteLine(error);
            }

            log.WriteLine($"merge: the config saved in {RunDescription.PathIn(outDirectory)} is not valid for this SpinGlass; nothing was merged.");
            return ExitCodes.BadInput;
        }

        var config = loaded.Config!;
        if (config.Fingerprint != description.Fingerprint)
        {
            log.WriteLine($"merge: the config saved in {RunDescription.PathIn(outDirectory)} resolves differently now than in the run that saved it: a file it names (a cue file, images) changed since the shards ran, or this SpinGlass ({CodeStamp.Version}) is not the version that ran them; restore the files or merge with that version. Nothing was merged.");
            return ExitCodes.RuntimeFailure;
        }

        if (!options.NoCharts && ChartExporter.MissingFontProblem() is string fontProblem)
        {
            log.WriteLine($"charts: {fontProblem}; nothing was merged.");
            return ExitCodes.BadInput;
        }

        RunDirectory directory;
        try
        {
            directory = RunDirectory.Open(outDirectory);
        }
        catch (RunDirectoryException e)
        {
            log.WriteLine($"error: {e.Message}; nothing was merged.");
            return ExitCodes.RuntimeFailure;
        }

        using (directory)
        {
            if (directory.Warning is { } warning)
            {
                log.WriteLine($"warning: {warning}");
            }

            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            try
            {
                var experiment = ExperimentCatalog.Get(config.Kind).Build(config);
                var store = new PointStore(outDirectory, config.Fingerprint, log, options.ReusePoints);
                var (found, missing) = store.Collect(experiment.PointCount, experiment.Outputs, cancellation);
                if (missing.Count > 0)
                {
                    log.WriteLine(Refusal(missing, experiment.PointCount, ShardPlan.Costs(experiment), RunDirectory.ShardCounts(outDirectory), description, outDirectory));
                    return ExitCodes.RuntimeFailure;
                }

                var points = Enumerable.Range(0, experiment.PointCount).Select(p => found[p]).ToList();
                found.Clear();
                cancellation.ThrowIfCancellationRequested();
                return RunCommand.Complete(config, experiment, points, directory, started, clock, !options.NoCharts, options.Json, output);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                log.WriteLine("merge interrupted before it wrote anything; the saved points are untouched — merge again.");
                return ExitCodes.Interrupted;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.WriteLine($"error: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}; the saved points are untouched — merge again once it is fixed.");
                if (options.Verbose)
                {
                    log.WriteLine(e.ToString());
                }

                return ExitCodes.RuntimeFailure;
            }
        }
    }

    /// <summary>
    /// The one-line refusal: how many points are missing or fail a check, the first few by index with why, and for
    /// every shard count the directory has seen, the shards that own them and the command that reruns them.
    /// </summary>
    public static string Refusal(
        IReadOnlyList<(int Point, string Problem)> missing, int pointCount, IReadOnlyList<double> costs, IReadOnlyList<int> shardCounts,
        RunDescription description, string outDirectory)
    {
        string list = string.Join(", ", missing.Take(NamedPoints).Select(m => m.Point.ToString(CultureInfo.InvariantCulture))) + (missing.Count > NamedPoints ? ", …" : "");
        string reasons = string.Join("; ", missing.GroupBy(m => m.Problem, StringComparer.Ordinal).Select(g => g.Key == "not computed" ? $"{g.Count()} not computed" : $"{g.Count()} that {g.Key}"));
        string shards = "";
        foreach (int count in shardCounts)
        {
            var rerun = ShardPlan.Owners(costs, count, missing.Select(m => m.Point));
            string names = string.Join(", ", rerun.Take(NamedPoints).Select(k => $"{k}/{count}")) + (rerun.Count > NamedPoints ? ", …" : "");
            shards += $"; shards to rerun: {names} (spinglass run {Quote(description.ConfigFile)} --out {Quote(outDirectory)} --shard K/{count}{SetArguments(description)}, or spinglass slurm … --shards {count} --resubmit-missing)";
        }

        if (shardCounts.Count == 0)
        {
            shards = $"; rerun: spinglass run {Quote(description.ConfigFile)} --out {Quote(outDirectory)}{SetArguments(description)}";
        }

        return $"merge: {missing.Count} of {pointCount} points are missing or invalid ({reasons}): {list}{shards}; nothing was merged.";
    }

    /// <summary>The <c>--set</c> arguments a rerun needs, quoted for a POSIX shell.</summary>
    public static string SetArguments(RunDescription description) =>
        string.Concat(description.Sets.Select(set => " --set " + Quote(set)));

    /// <summary>Quotes <paramref name="word"/> for a POSIX shell when it needs it.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "/._-=+:,@%".Contains(c))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
