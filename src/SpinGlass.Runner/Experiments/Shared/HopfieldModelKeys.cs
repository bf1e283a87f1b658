using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// The <c>model</c> block of the random-pattern Hopfield experiments, declared once: N, the load as α or p, the neuron
/// coding; the sweep's (N, p, α, T) points; and the memory check made before anything runs.
/// </summary>
internal static class HopfieldModelKeys
{
    public static ConfigKey<int> N { get; } = Key.Int("model.N", "Number of neurons N.", min: 2, max: 1_000_000, sweepable: true);

    public static ConfigKey<double> Alpha { get; } =
        Key.Real("model.alpha", "Load α = p/N (p = round(αN), at least 1); give alpha or p.", min: 0, minExclusive: true, max: 2, sweepable: true);

    public static ConfigKey<int> P { get; } = Key.Int("model.p", "Number of patterns p; give alpha or p.", min: 1, sweepable: true);

    public static ConfigKey<PatternSource> Patterns { get; } =
        Key.Choice("model.patterns", "Pattern source. The default is random.", PatternSource.Random, [PatternSource.Random]);

    /// <summary>The neuron coding key with its default.</summary>
    public static ConfigKey<NeuronCoding> Neurons(NeuronCoding defaultCoding = NeuronCoding.Spin, string? description = null) =>
        Key.Choice<NeuronCoding>("model.neurons", description ?? $"spin (±1, couplings/N) or binary (Hopfield 1982 0/1 neurons). The default is {ConfigWords.Of(defaultCoding)}.", defaultCoding);

    /// <summary>The overlap at which a recall counts as a success (1: the pattern exactly).</summary>
    public static ConfigKey<double> SuccessOverlap { get; } =
        Key.Real("success_overlap", "A recall succeeds when its final overlap reaches this (1 = the pattern exactly). The default is 1.", 1.0, min: -1, max: 1);

    /// <summary>N, α | p and the pattern source, in that order.</summary>
    public static IReadOnlyList<ConfigKey> Load { get; } = [N, Alpha, P, Patterns];

    public static IReadOnlyList<string> LoadGroup { get; } = ExperimentSchema.OneOf(Alpha, P);

    /// <summary>Patterns for a load: <c>p = round(αN)</c>, at least 1.</summary>
    public static int PatternsFor(int n, double alpha) => Math.Max(1, (int)Math.Round(alpha * n, MidpointRounding.AwayFromZero));

    /// <summary>The (N, p, α, T) points of a random-pattern sweep over N, α or p, and T or β.</summary>
    public static CapacityPoint[] RandomPatternPoints(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        bool byAlpha = config.Has(Alpha);
        return [.. config.Points.Select(point =>
        {
            int n = point.Get(N);
            double alpha = byAlpha ? point.Get(Alpha) : (double)point.Get(P) / n;
            int p = byAlpha ? PatternsFor(n, alpha) : point.Get(P);
            return new CapacityPoint(n, p, alpha, TemperatureKeys.TemperatureAt(config, point), TemperatureKeys.BetaAt(config, point));
        })];
    }

    /// <summary>The largest N and the largest p of a random-pattern sweep.</summary>
    public static (long N, long P) LargestNetwork(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        int n = config.Values(N).Max();
        long p = config.Has(Alpha) ? PatternsFor(n, config.Values(Alpha).Max()) : config.Values(P).Max();
        return (n, p);
    }

    /// <summary>The memory check of the sweep's largest network (<see cref="CheckMemory(long, long, string, long)"/>), at <c>model.N</c>.</summary>
    public static IEnumerable<(string Path, string Message)> CheckNetwork(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var (n, p) = LargestNetwork(config);
        return CheckMemory(n, p, N.Path, (long)config.Points.Count * config.Trials);
    }

    /// <summary>
    /// Refuses, before the run starts, a network the pattern kernels cannot hold exactly (<c>N·p ≥ 2³¹</c>) or whose
    /// patterns would not fit in memory. The estimate per concurrent trial is <see cref="BytesPerTrial"/>, the
    /// real size of the layout <see cref="PatternSet.LayoutFor"/> picks; at most one trial per core (and no more
    /// than <paramref name="tasks"/>, the (point, trial) tasks of the run) is in memory at once.
    /// </summary>
    public static IEnumerable<(string Path, string Message)> CheckMemory(long largestN, long largestP, string path, long tasks = long.MaxValue) =>
        CheckMemory(largestN, largestP, path, tasks, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);

    /// <summary><see cref="CheckMemory(long, long, string, long)"/> against <paramref name="available"/> bytes.</summary>
    public static IEnumerable<(string Path, string Message)> CheckMemory(long largestN, long largestP, string path, long tasks, long available)
    {
        if (largestN * largestP > int.MaxValue)
        {
            yield return (path,
                $"N = {largestN} with p = {largestP} gives N·p = {largestN * largestP}, above 2³¹ − 1 = {int.MaxValue}, the limit of the exact integer fields; lower N or α");
            yield break;
        }

        long perTrial = BytesPerTrial(largestN, largestP);
        long concurrent = Math.Clamp(tasks, 1, Environment.ProcessorCount);
        long needed = perTrial * concurrent;
        if (needed > available * 0.8)
        {
            string layout = PatternSet.LayoutFor((int)largestN, (int)largestP) == PatternLayout.Wide ? "int16 rows" : "bit-packed rows";
            yield return (path,
                $"N = {largestN} with p = {largestP} needs about {needed / (1 << 20)} MiB ({perTrial / (1 << 20)} MiB of {layout} per trial × {concurrent} concurrent trials), more than 80 % of this machine's {available / (1 << 20)} MiB; lower N or α");
        }
    }

    /// <summary>
    /// The bytes one trial holds: the patterns in their automatic layout (<see cref="PatternSet.BytesFor(int, int)"/>),
    /// the cache's overlaps (stored and int32 view), a materialised pattern and a few per-neuron arrays.
    /// </summary>
    public static long BytesPerTrial(long n, long p) =>
        PatternSet.BytesFor((int)n, (int)p) + 2 * 4 * (p + 64) + 64 * n;
}
