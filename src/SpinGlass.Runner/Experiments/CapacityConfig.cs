using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>capacity</c> config keys and their binding onto a <see cref="CapacityDefinition"/>.</summary>
internal static class CapacityConfig
{
    private static readonly ConfigKey<Models.Hopfield.NeuronCoding> Neurons = HopfieldModelKeys.Neurons();
    private static readonly ConfigKey<double> StartNoise =
        Key.Real("start.noise", "Fraction of bits of ξ¹ flipped in the starting state (start: pattern means 0). The default is 0.", 0.0, min: 0, max: 1);
    private static readonly ConfigKey<double> RetrievalOverlap =
        Key.Real("retrieval_overlap", "A trial retrieves when its overlap reaches this; α_c(N) is where half the trials do. The default is 0.8.", 0.8, min: -1, max: 1);
    private static readonly DynamicsKeys Dynamics = new();

    public static ExperimentSchema Schema { get; } = HopfieldModelKeys.Schema(
        "capacity",
        "Storage capacity of the Hopfield network: overlap, success, error fraction and exact-fixed-point rate vs α = p/N per N, beside the AGS replica-symmetric theory.",
        [Key.Trials(20, "Random pattern sets per point"), .. HopfieldModelKeys.Load, Neurons, .. LearningKeys.All, .. TemperatureKeys.All, StartNoise, HopfieldModelKeys.SuccessOverlap, RetrievalOverlap, .. Dynamics.All],
        CapacityExperiment.Declared,
        Check) with
    {
        SectionShorthands = new Dictionary<string, string> { ["start"] = "pattern" },
    };

    public static CapacityExperiment Build(ResolvedConfig config) => new(new CapacityDefinition(
        HopfieldModelKeys.RandomPatternPoints(config),
        config.Get(Neurons),
        config.Get(StartNoise),
        Dynamics.Bind(config),
        config.Trials,
        config.Get(HopfieldModelKeys.SuccessOverlap),
        config.Get(RetrievalOverlap),
        LearningKeys.Learning(config)));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config) =>
        TemperatureKeys.CheckZeroTemperatureRule(config, config.Get(Dynamics.Rule))
            .Concat(HopfieldModelKeys.CheckNetwork(config)).Concat(LearningKeys.Check(config, config.Get(Neurons)));
}
