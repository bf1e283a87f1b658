using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Mixtures;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>mixtures</c> config keys and their binding onto a <see cref="MixturesDefinition"/>.</summary>
internal static class MixturesConfig
{
    private static readonly ConfigKey<int> P = HopfieldModelKeys.P.With(spec => spec with { Description = "Stored patterns p (at least the largest mixture order)." });
    private static readonly ConfigKey<NeuronCoding> Neurons =
        HopfieldModelKeys.Neurons(description: "spin (the theory's units) or binary (Hopfield 1982) neurons. The default is spin.");

    private static readonly ConfigKey<int> Mixture = Key.Int("mixture", "Mixture order n (odd n are the stable kind). The default is 3.", 3, min: 1, max: 15, sweepable: true);

    // T = 0 relaxes with the zero-temperature rule in random order, at most dynamics.measure sweeps
    private static readonly ConfigKey<UpdateRule> Rule = Key.Choice(
        "dynamics.rule", "Update rule at T > 0 (T = 0 relaxes with the zero-temperature rule). The default is glauber.", UpdateRule.Glauber, [UpdateRule.Glauber, UpdateRule.Metropolis]);

    private static readonly ConfigKey<int> Thermalize = Key.Int("dynamics.thermalize", "Sweeps before measuring at T > 0. The default is 100.", 100, min: 0);
    private static readonly ConfigKey<int> Measure = Key.Int("dynamics.measure", "Sweeps measured at T > 0; the sweep limit at T = 0. The default is 200.", 200, min: 1);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "mixtures",
        "Spurious symmetric mixture states sgn(ξ¹+…+ξⁿ): condensed overlap, stability and energy vs T beside the α → 0 mean-field theory (T_3 = 0.46, T_5 = 0.385).",
        [Key.Trials(10, "Random pattern sets per point"), HopfieldModelKeys.N, P, Neurons, Mixture, .. TemperatureKeys.All, Rule, Thermalize, Measure],
        MixturesExperiment.Declared) with
    {
        ExclusiveGroups = [TemperatureKeys.Group],
        CrossCheck = Check,
    };

    public static MixturesExperiment Build(ResolvedConfig config)
    {
        int measure = config.Get(Measure);
        return new(new MixturesDefinition(
            [.. config.Points.Select(point => new MixturePoint(
                point.Get(HopfieldModelKeys.N), point.Get(P), point.Get(Mixture), TemperatureKeys.TemperatureAt(config, point), TemperatureKeys.BetaAt(config, point)))],
            new ChainProtocol(config.Get(Rule), SiteOrder.Random, MaxSweeps: measure, config.Get(Thermalize), measure),
            config.Trials,
            config.Get(Neurons)));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        int order = config.Values(Mixture).Max(), p = config.Values(P).Min();
        if (order > p)
        {
            yield return (Mixture.Path, $"a mixture of n = {order} patterns needs p ≥ {order}, but model.p can be {p}");
        }

        long n = config.Values(HopfieldModelKeys.N).Max(), largestP = config.Values(P).Max();
        foreach (var error in HopfieldModelKeys.CheckMemory(
            n, largestP, HopfieldModelKeys.N.Path, () => TrialMemory.Hopfield(n, largestP), config.ConcurrentTrials, MemoryBudget.Available, advice: "lower N or p, or --threads"))
        {
            yield return error;
        }
    }
}
