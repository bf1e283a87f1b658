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

    /// <summary>
    /// The schema of a random-pattern experiment: its keys, outputs and cross-check, with the load (<c>model.alpha | model.p</c>)
    /// and temperature (<c>T | beta</c>) groups every such experiment has.
    /// </summary>
    public static ExperimentSchema Schema(
        string kind, string description, IEnumerable<ConfigKey> keys, Analysis.Experiments.OutputDeclaration outputs,
        Func<ResolvedConfig, IEnumerable<(string Path, string Message)>> check) =>
        ExperimentSchema.Of(kind, description, keys, outputs) with { ExclusiveGroups = [LoadGroup, TemperatureKeys.Group], CrossCheck = check };

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

    /// <summary>
    /// The memory check of the sweep's largest Hopfield network (<see cref="CheckMemory(long, long, string, Func{long}, long, long, double, double, string)"/>
    /// with <see cref="TrialMemory.Hopfield"/>), at <c>model.N</c>, for <see cref="ResolvedConfig.ConcurrentTrials"/> trials at once.
    /// </summary>
    /// <param name="config">The config.</param>
    /// <param name="extraPerTrial">Bytes a trial holds beyond the network (e.g. per-start results). The default is 0.</param>
    /// <param name="retained">Bytes the run keeps for its report. The default is 0.</param>
    public static IEnumerable<(string Path, string Message)> CheckNetwork(ResolvedConfig config, long extraPerTrial = 0, double retained = 0)
    {
        ArgumentNullException.ThrowIfNull(config);
        var (n, p) = LargestNetwork(config);
        return CheckMemory(n, p, N.Path, () => TrialMemory.Hopfield(n, p) + extraPerTrial, config.ConcurrentTrials, MemoryBudget.Available, retained: retained);
    }

    /// <summary>
    /// Refuses, before the run starts, a network the pattern kernels cannot hold exactly (<c>N·p ≥ 2³¹</c>) or whose
    /// trials would not fit in memory: <paramref name="perTrial"/> bytes (asked only once N·p is known to fit) times
    /// <paramref name="concurrent"/> trials, plus <paramref name="shared"/> and <paramref name="retained"/> bytes, against
    /// <see cref="MemoryBudget.Share"/> of <paramref name="available"/>.
    /// </summary>
    public static IEnumerable<(string Path, string Message)> CheckMemory(
        long largestN, long largestP, string path, Func<long> perTrial, long concurrent, long available, double shared = 0, double retained = 0,
        string advice = "lower N or α, or --threads")
    {
        ArgumentNullException.ThrowIfNull(perTrial);
        if (largestN * largestP > int.MaxValue)
        {
            yield return (path,
                $"N = {largestN} with p = {largestP} gives N·p = {largestN * largestP}, above 2³¹ − 1 = {int.MaxValue}, the limit of the exact integer fields; lower N or α");
            yield break;
        }

        string layout = PatternSet.LayoutFor((int)largestN, (int)largestP) == PatternLayout.Wide ? "int16 rows" : "bit-packed rows";
        if (MemoryBudget.Problem($"N = {largestN} with p = {largestP}", perTrial(), $" ({layout})", concurrent, available, advice, shared, retained) is { } problem)
        {
            yield return (path, problem);
        }
    }

    /// <summary>The bytes one Hopfield trial holds (<see cref="TrialMemory.Hopfield"/>).</summary>
    public static long BytesPerTrial(long n, long p) => TrialMemory.Hopfield(n, p);
}
