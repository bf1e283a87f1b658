using SpinGlass.Analysis.Experiments.Attractors;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>attractors</c> config keys and their binding onto an <see cref="AttractorsDefinition"/>.</summary>
internal static class AttractorsConfig
{
    private static readonly ConfigKey<NeuronCoding> Neurons = HopfieldModelKeys.Neurons(description: "spin or binary (Hopfield 1982) neurons. The default is spin.");
    private static readonly ConfigKey<int> Starts = Key.Int("starts", "Random initial states per pattern set. The default is 10.", 10, min: 1);

    private static readonly ConfigKey<SiteOrder> Order =
        Key.Choice(
            "dynamics.order",
            "Site order of the anneal and the quench: random (N sites drawn with replacement per sweep), sequential (0 … N−1) or permutation (every site once per sweep in a fresh random order). The default is random.",
            SiteOrder.Random,
            [SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation]);

    private static readonly ConfigKey<int> MaxSweeps = Key.Int("dynamics.max_sweeps", "Sweep limit of the zero-temperature relaxation. The default is 200.", 200, min: 1);
    private static readonly ConfigKey<int> Anneal = Key.Int("dynamics.anneal", "Heat-bath sweeps at T before the quench (T > 0). The default is 100.", 100, min: 0);

    public static ExperimentSchema Schema { get; } = HopfieldModelKeys.Schema(
        "attractors",
        "Census of where random starts end: pure patterns, symmetric mixtures or spin-glass states, with their energies, vs α.",
        [Key.Trials(20, "Random pattern sets per point"), HopfieldModelKeys.N, HopfieldModelKeys.Alpha, HopfieldModelKeys.P, Neurons, .. LearningKeys.Unbiased, .. TemperatureKeys.All, Starts, Order, MaxSweeps, Anneal],
        AttractorsExperiment.Declared,
        Check);

    public static AttractorsExperiment Build(ResolvedConfig config) => new(new AttractorsDefinition(
        HopfieldModelKeys.RandomPatternPoints(config),
        config.Get(Starts),
        config.Get(MaxSweeps),
        config.Get(Anneal),
        config.Get(Order),
        config.Trials,
        config.Get(Neurons),
        LearningKeys.Learning(config)));

    // a trial holds a class and an energy per start; every point keeps them, and the first trial's overlaps with every pattern, for its report
    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        long starts = config.Get(Starts), p = HopfieldModelKeys.LargestNetwork(config).P;
        double perPoint = (config.Trials * starts * 12.0) + (starts * ((8.0 * p) + 24));
        return HopfieldModelKeys.CheckNetwork(config, extraPerTrial: starts * 12, retained: config.PointCount * perPoint)
            .Concat(LearningKeys.Check(config, config.Get(Neurons)));
    }
}
