using SpinGlass.Analysis.Experiments.Stability;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>stability</c> config keys and their binding onto a <see cref="StabilityDefinition"/>.</summary>
internal static class StabilityConfig
{
    private static readonly ConfigKey<int> P = HopfieldModelKeys.P.With(spec => spec with { Description = "Number of stored memories p (Hopfield's n)." });

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "stability",
        "Hopfield 1982: start at each stored memory, relax at T = 0 to a fixed point and count wrong bits; error-free and fewer-than-5 rates and mean errors vs p per N, beside Hopfield's Gaussian estimate; histogram.csv of wrong bits per memory.",
        [Key.Trials(20, "Random pattern sets per point"), HopfieldModelKeys.N, P, Hopfield1982Keys.Neurons, .. LearningKeys.All, .. Hopfield1982Keys.Dynamics],
        StabilityExperiment.Declared) with
    {
        CrossCheck = config => [.. HopfieldModelKeys.CheckNetwork(config), .. LearningKeys.Check(config, Hopfield1982Keys.Coding(config))],
    };

    public static StabilityExperiment Build(ResolvedConfig config) => new(new StabilityDefinition(
        [.. config.Points.Select(point => new StabilityPoint(point.Get(HopfieldModelKeys.N), point.Get(P)))],
        Hopfield1982Keys.Coding(config),
        Hopfield1982Keys.Relaxation(config),
        config.Trials,
        LearningKeys.Learning(config)));
}
