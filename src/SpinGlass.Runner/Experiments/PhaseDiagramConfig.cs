using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.PhaseDiagram;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>phase-diagram</c> config keys and their mapping onto a <see cref="PhaseDiagramDefinition"/>.</summary>
internal static class PhaseDiagramConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "phase-diagram",
        "Hopfield network on an (α, T) grid: overlap and energy with heat-bath dynamics started at a pattern, beside the AGS lines T_g, T_M, T_c (theory.csv).",
        [
            ParameterSpec.Integer("trials", "Random pattern sets per point. The default is 4.", 4) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Real("model.alpha", "Load α = p/N (p = round(αN), at least 1); give alpha or p.") with { Sweepable = true, Min = 0, MinExclusive = true, Max = 2 },
            ParameterSpec.Integer("model.p", "Number of patterns p; give alpha or p.") with { Sweepable = true, Min = 1 },
            ParameterSpec.Choice("model.patterns", "Pattern source. The default is random.", "random", "random"),
            ParameterSpec.Choice("model.neurons", "spin or binary neurons. The default is spin.", "spin", "spin", "binary"),
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Choice("dynamics.rule", "Update rule. The default is glauber.", "glauber", "glauber", "metropolis"),
            ParameterSpec.Choice("dynamics.order", "Site order. The default is random.", "random", "random", "sequential"),
            ParameterSpec.Integer("dynamics.thermalize", "Sweeps before measuring. The default is 200.", 200) with { Min = 0 },
            ParameterSpec.Integer("dynamics.measure", "Sweeps measured. The default is 200.", 200) with { Min = 1 },
        ])
    {
        Columns = PhaseDiagramReport.Columns,
        ExclusiveGroups = [["model.alpha", "model.p"], ["T", "beta"]],
        CrossCheck = Check,
    };

    public static PhaseDiagramExperiment Build(ResolvedConfig config)
    {
        var points = HopfieldKeys.RandomPatternPoints(config);
        return new PhaseDiagramExperiment(new PhaseDiagramDefinition(
            points,
            config.GetText("model.neurons") == "binary" ? NeuronCoding.Binary : NeuronCoding.Spin,
            config.GetText("dynamics.rule") == "metropolis" ? UpdateRule.Metropolis : UpdateRule.Glauber,
            config.GetText("dynamics.order") == "sequential" ? SiteOrder.Sequential : SiteOrder.Random,
            new RunProtocol((int)config.GetInt("dynamics.thermalize"), (int)config.GetInt("dynamics.measure")),
            config.Trials));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var (n, p) = HopfieldKeys.LargestNetwork(config);
        return HopfieldKeys.CheckMemory(n, p, "model.N");
    }
}
