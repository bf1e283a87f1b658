using System.Globalization;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Tempering;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>spin-glass</c> config keys and their binding onto a <see cref="SpinGlassDefinition"/>.</summary>
internal static class SpinGlassConfig
{
    private static readonly ConfigKey<double> T = Key.Real(
        "T",
        "The temperature ladder T_1 < … < T_K of parallel tempering (all > 0): a list, or {from, to, count, spacing: geometric}. Every size runs the whole ladder.",
        min: 0, minExclusive: true, sweepable: true);

    private static readonly ConfigKey<int> Replicas = Key.Int(
        "replicas", "Independent ladders per disorder sample (the overlap q is taken between every pair at the same T). The default is 2.", 2, min: 2, max: 8);

    private static readonly ConfigKey<UpdateRule> Rule =
        Key.Choice("dynamics.rule", "Single-spin update rule at every temperature. The default is metropolis.", UpdateRule.Metropolis, [UpdateRule.Metropolis, UpdateRule.Glauber]);

    private static readonly ConfigKey<int> Thermalize = Key.Int("dynamics.thermalize", "Sweeps (with exchanges) discarded before measuring. The default is 1000.", 1000, min: 0);

    private static readonly ConfigKey<int> Measure = Key.Int("dynamics.measure", "Sweeps measured, one measurement after each. The default is 4000.", 4000, min: 1);

    private static readonly ConfigKey<int> ExchangeEvery = Key.Int(
        "dynamics.exchange_every", "Sweeps between two rounds of replica exchanges between neighbouring temperatures. The default is 1.", 1, min: 1);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "spin-glass",
        "Parallel tempering of a spin glass (SK, Edwards–Anderson, a couplings file, a Hopfield network) over a temperature ladder: energy, C, replica overlaps q2, q4, P(q) and the Binder ratio g per size and T, disorder-averaged over the trials; T_c from g crossings, lowest energies, SK e_0 extrapolated in N^(−2/3).",
        [Key.Trials(1, "Disorder samples per size (each runs the whole ladder)"), .. EnergyModelKeys.All, T, Replicas, Rule, Thermalize, Measure, ExchangeEvery],
        SpinGlassExperiment.Declared) with
    {
        CrossCheck = Check,
        FileCheck = EnergyModelKeys.CheckFile,
    };

    public static SpinGlassExperiment Build(ResolvedConfig config)
    {
        var ladder = config.Values(T);
        var points = config.Points;
        var sizes = Enumerable.Range(0, points.Count / ladder.Count).Select(s => EnergyModelKeys.Bind(config, points[s * ladder.Count])).ToArray();
        var (reference, source) = CriticalTemperature(config);
        return new SpinGlassExperiment(new SpinGlassDefinition(
            sizes,
            ladder,
            config.Get(Replicas),
            config.Get(Rule),
            new TemperingProtocol(config.Get(Thermalize), config.Get(Measure), config.Get(ExchangeEvery)),
            config.Trials,
            reference,
            source));
    }

    /// <summary>The literature T_c of 3D Edwards–Anderson models (from g crossings), else none.</summary>
    private static (double? Value, string? Source) CriticalTemperature(ResolvedConfig config) =>
        EnergyModelKeys.KindOf(config) == EnergyModelKind.Ea && config.Get(EnergyModelKeys.Dimension) == 3
            ? config.Get(EnergyModelKeys.Bonds) == BondDistribution.Pm1
                ? (1.120, "Katzgraber, Körner & Young 2006, 3D ±J EA: T_c = 1.120(4)")
                : (0.951, "Katzgraber, Körner & Young 2006, 3D Gaussian EA: T_c = 0.951(9)")
            : (null, null);

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        foreach (var problem in EnergyModelKeys.Check(config))
        {
            yield return problem;
        }

        var ladder = config.Values(T);
        for (int k = 1; k < ladder.Count; k++)
        {
            if (!(ladder[k] > ladder[k - 1]))
            {
                yield return (T.Path, $"the ladder must be strictly ascending, but T = {Format(ladder[k])} follows T = {Format(ladder[k - 1])}");
                break;
            }
        }

        long k2 = (long)ladder.Count * config.Get(Replicas);
        bool dense = EnergyModelKeys.KindOf(config) is EnergyModelKind.Sk or EnergyModelKind.Hopfield;
        long largest = EnergyModelKeys.Sizes(config).DefaultIfEmpty(2).Max();
        double bonds = dense ? 20.0 * largest * largest : 40.0 * 3 * largest;
        double perTrial = bonds + (k2 * largest * 9) + (k2 * ladder.Count * 64) + (ladder.Count * 129 * 8 * 2);
        if (MemoryBudget.Problem($"N = {largest} with {ladder.Count} temperatures × {config.Get(Replicas)} replicas", perTrial, "", config.ConcurrentTrials, MemoryBudget.Available, "lower N, the ladder or --threads") is { } memory)
        {
            yield return (EnergyModelKeys.N.Path, memory);
        }
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
