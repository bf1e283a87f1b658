using SpinGlass.Analysis.Experiments.Attractors;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>attractors</c> config keys and their mapping onto an <see cref="AttractorsDefinition"/>.</summary>
internal static class AttractorsConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "attractors",
        "Census of where random starts end: pure patterns, symmetric mixtures or spin-glass states, with their energies, vs α.",
        [
            ParameterSpec.Integer("trials", "Random pattern sets per point. The default is 20.", 20) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Real("model.alpha", "Load α = p/N (p = round(αN), at least 1); give alpha or p.") with { Sweepable = true, Min = 0, MinExclusive = true, Max = 2 },
            ParameterSpec.Integer("model.p", "Number of patterns p; give alpha or p.") with { Sweepable = true, Min = 1 },
            ParameterSpec.Choice("model.neurons", "spin or binary (Hopfield 1982) neurons. The default is spin.", "spin", "spin", "binary"),
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Integer("starts", "Random initial states per pattern set. The default is 10.", 10) with { Min = 1 },
            ParameterSpec.Choice("dynamics.order", "Site order. The default is random.", "random", "random", "sequential"),
            ParameterSpec.Integer("dynamics.max_sweeps", "Sweep limit of the zero-temperature relaxation. The default is 200.", 200) with { Min = 1 },
            ParameterSpec.Integer("dynamics.anneal", "Heat-bath sweeps at T before the quench (T > 0). The default is 100.", 100) with { Min = 0 },
        ])
    {
        Columns = AttractorsReport.Columns,
        ExclusiveGroups = [["model.alpha", "model.p"], ["T", "beta"]],
        CrossCheck = config => HopfieldKeys.CheckMemory(HopfieldKeys.LargestNetwork(config).N, HopfieldKeys.LargestNetwork(config).P, "model.N"),
    };

    public static AttractorsExperiment Build(ResolvedConfig config) => new(new AttractorsDefinition(
        HopfieldKeys.RandomPatternPoints(config),
        (int)config.GetInt("starts"),
        (int)config.GetInt("dynamics.max_sweeps"),
        (int)config.GetInt("dynamics.anneal"),
        config.GetText("dynamics.order") == "sequential" ? SiteOrder.Sequential : SiteOrder.Random,
        config.Trials,
        config.GetText("model.neurons") == "binary" ? NeuronCoding.Binary : NeuronCoding.Spin));
}
