using SpinGlass.Analysis.Experiments.Stability;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>stability</c> config keys and their binding onto a <see cref="StabilityDefinition"/>.</summary>
internal static class StabilityConfig
{
    private static readonly ConfigKey<int> Trials = Key.Int("trials", "Random pattern sets per point. The default is 20.", 20, min: 1);
    private static readonly ConfigKey<int> P = HopfieldModelKeys.P.With(spec => spec with { Description = "Number of stored memories p (Hopfield's n)." });

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "stability",
        "Hopfield 1982: start at each stored memory, relax at T = 0 to a fixed point and count wrong bits; error-free and fewer-than-5 rates and mean errors vs p per N, beside Hopfield's Gaussian estimate; histogram.csv of wrong bits per memory.",
        [Trials, HopfieldModelKeys.N, P, Hopfield1982Keys.Neurons, .. Hopfield1982Keys.Dynamics],
        StabilityExperiment.Declared) with
    {
        CrossCheck = Check,
    };

    public static StabilityExperiment Build(ResolvedConfig config) => new(new StabilityDefinition(
        [.. config.Points.Select(point => new StabilityPoint(point.Get(HopfieldModelKeys.N), point.Get(P)))],
        config.Get(Hopfield1982Keys.Neurons),
        Hopfield1982Keys.Relaxation(config),
        config.Get(Trials)));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var (n, p) = HopfieldModelKeys.LargestNetwork(config);
        return HopfieldModelKeys.CheckMemory(n, p, HopfieldModelKeys.N.Path);
    }
}
