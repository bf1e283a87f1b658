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

    private static readonly ConfigKey<bool> Lanes = Key.Bool(
        "dynamics.lanes",
        "Run the points of each (N, α), T = 0 included, sixteen temperatures at a time in the vector lanes of one engine over one pattern set: each lane its own exact chain from ξ¹, all visiting the same random sites (docs/performance.md, \"Issue 17, second pass\"). Plain Hebb, spin neurons, random order, no tempering. The default is false.",
        false);

    public static ExperimentSchema Schema { get; } = HopfieldModelKeys.Schema(
        "phase-diagram",
        "Hopfield network on an (α, T) grid: overlap and energy with heat-bath dynamics started at a pattern, beside the AGS lines T_g, T_M, T_c (theory.csv).",
        [Key.Trials(4, "Random pattern sets per point"), .. HopfieldModelKeys.Load, Neurons, .. LearningKeys.Unbiased, .. TemperatureKeys.All, .. DynamicsDescribed, Tempering, Lanes],
        PhaseDiagramExperiment.Declared,
        config => HopfieldModelKeys.CheckNetwork(config).Concat(CheckTempering(config)).Concat(CheckLanes(config)).Concat(LearningKeys.Check(config, config.Get(Neurons))));

    // the T = 0 column is sampled at β = ∞ with the equilibrium protocol, like every other temperature
    public static PhaseDiagramExperiment Build(ResolvedConfig config) => new(new PhaseDiagramDefinition(
        HopfieldModelKeys.RandomPatternPoints(config),
        config.Get(Neurons),
        Dynamics.Bind(config, relaxAtZeroTemperature: false),
        config.Trials,
        config.Get(Tempering),
        LearningKeys.Learning(config),
        config.Get(Lanes)));

    private static IEnumerable<(string Path, string Message)> CheckLanes(ResolvedConfig config)
    {
        if (!config.Get(Lanes))
        {
            yield break;
        }

        if (config.Get(Tempering))
        {
            yield return (Lanes.Path, "dynamics.lanes and dynamics.tempering exclude each other; set one of them");
        }

        if (config.Get(Dynamics.Order) != SiteOrder.Random)
        {
            yield return (Dynamics.Order.Path, "lanes sweep in random order; leave dynamics.order at random with dynamics.lanes");
        }

        if (config.Get(Neurons) != NeuronCoding.Spin)
        {
            yield return (Neurons.Path, "lanes run ±1 neurons; use neurons: spin with dynamics.lanes");
        }

        if (LearningKeys.Learning(config) is { IsPlainHebb: false })
        {
            yield return (Lanes.Path, "lanes run plain Hebb networks; drop dynamics.lanes for other learning rules");
        }
    }

    private static IEnumerable<(string Path, string Message)> CheckTempering(ResolvedConfig config)
    {
        if (config.Get(Tempering) && config.Get(Dynamics.Order) != SiteOrder.Random)
        {
            yield return (Dynamics.Order.Path, "parallel tempering sweeps in random order; leave dynamics.order at random with dynamics.tempering");
        }
    }
}
