using SpinGlass.Analysis.Experiments.PhaseDiagram;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>phase-diagram</c> config keys and their binding onto a <see cref="PhaseDiagramDefinition"/>.</summary>
internal static class PhaseDiagramConfig
{
    private static readonly ConfigKey<NeuronCoding> Neurons = HopfieldModelKeys.Neurons(description: "spin or binary neurons. The default is spin.");
    private static readonly DynamicsKeys Dynamics =
        new(UpdateRule.Glauber, [UpdateRule.Glauber, UpdateRule.Metropolis], thermalize: 200, measure: 200, maxSweeps: false);

    // the shared descriptions say "at T > 0": here the T = 0 column is thermalised and measured too
    private static readonly IReadOnlyList<ConfigKey> DynamicsDescribed =
    [
        Dynamics.Rule,
        Dynamics.Order,
        Dynamics.Thermalize.With(spec => spec with { Description = "Sweeps before measuring (at every T, T = 0 included). The default is 200." }),
        Dynamics.Measure.With(spec => spec with { Description = "Sweeps measured (at every T, T = 0 included). The default is 200." }),
    ];

    private static readonly ConfigKey<bool> Tempering = Key.Bool(
        "dynamics.tempering",
        "Run the T > 0 points of each (N, α) as one parallel-tempering ladder over one pattern set (exchanges of neighbouring temperatures after every sweep, random order), so that the spin-glass region is sampled in equilibrium (docs/spin-glasses.md). The default is false.",
        false);

    public static ExperimentSchema Schema { get; } = HopfieldModelKeys.Schema(
        "phase-diagram",
        "Hopfield network on an (α, T) grid: overlap and energy with heat-bath dynamics started at a pattern, beside the AGS lines T_g, T_M, T_c (theory.csv).",
        [Key.Trials(4, "Random pattern sets per point"), .. HopfieldModelKeys.Load, Neurons, .. LearningKeys.Unbiased, .. TemperatureKeys.All, .. DynamicsDescribed, Tempering],
        PhaseDiagramExperiment.Declared,
        config => HopfieldModelKeys.CheckNetwork(config).Concat(CheckTempering(config)).Concat(LearningKeys.Check(config, config.Get(Neurons))));

    // the T = 0 column is sampled at β = ∞ with the equilibrium protocol, like every other temperature
    public static PhaseDiagramExperiment Build(ResolvedConfig config) => new(new PhaseDiagramDefinition(
        HopfieldModelKeys.RandomPatternPoints(config),
        config.Get(Neurons),
        Dynamics.Bind(config, relaxAtZeroTemperature: false),
        config.Trials,
        config.Get(Tempering),
        LearningKeys.Learning(config)));

    private static IEnumerable<(string Path, string Message)> CheckTempering(ResolvedConfig config)
    {
        if (config.Get(Tempering) && config.Get(Dynamics.Order) != SiteOrder.Random)
        {
            yield return (Dynamics.Order.Path, "parallel tempering sweeps in random order; leave dynamics.order at random with dynamics.tempering");
        }
    }
}
