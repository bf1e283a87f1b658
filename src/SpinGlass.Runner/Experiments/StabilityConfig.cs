using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Stability;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>stability</c> config keys and their mapping onto a <see cref="StabilityDefinition"/>.</summary>
internal static class StabilityConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "stability",
        "Hopfield 1982: start at each stored memory, relax at T = 0 to a fixed point and count wrong bits; error-free and fewer-than-5 rates and mean errors vs p per N, beside Hopfield's Gaussian estimate; histogram.csv of wrong bits per memory.",
        [
            ParameterSpec.Integer("trials", "Random pattern sets per point. The default is 20.", 20) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Integer("model.p", "Number of stored memories p (Hopfield's n).") with { Sweepable = true, Min = 1 },
            ParameterSpec.Choice("model.neurons", "binary (Hopfield 1982 0/1 neurons, thresholds 0) or spin (±1, couplings/N). The default is binary.", "binary", "binary", "spin"),
            .. ZeroTemperatureDynamics(),
        ])
    {
        Columns = StabilityReport.Columns,
        CrossCheck = Check,
    };

    public static StabilityExperiment Build(ResolvedConfig config)
    {
        var points = config.Points.Select(point => new StabilityPoint((int)point.Int("model.N"), (int)point.Int("model.p"))).ToArray();
        return new StabilityExperiment(new StabilityDefinition(points, Coding(config), Relaxation(config), config.Trials));
    }

    /// <summary>The dynamics keys of HopfieldKeys restricted to the T = 0 rules that run to a fixed point.</summary>
    internal static IEnumerable<ParameterSpec> ZeroTemperatureDynamics() =>
        HopfieldKeys.Dynamics()
            .Where(spec => spec.Path is "dynamics.rule" or "dynamics.order" or "dynamics.max_sweeps")
            .Select(spec => spec.Path == "dynamics.rule"
                ? spec with { Description = "Update rule at T = 0: asynchronous zero-temperature or synchronous. The default is zero-temperature.", Choices = ["zero-temperature", "synchronous"] }
                : spec);

    internal static RecallDynamics Relaxation(ResolvedConfig config) => new(
        config.GetText("dynamics.rule") == "synchronous" ? UpdateRule.Synchronous : UpdateRule.ZeroTemperature,
        config.GetText("dynamics.order") == "sequential" ? SiteOrder.Sequential : SiteOrder.Random,
        (int)config.GetInt("dynamics.max_sweeps"),
        0,
        1);

    internal static NeuronCoding Coding(ResolvedConfig config) =>
        config.GetText("model.neurons") == "spin" ? NeuronCoding.Spin : NeuronCoding.Binary;

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var (n, p) = HopfieldKeys.LargestNetwork(config);
        return HopfieldKeys.CheckMemory(n, p, "model.N");
    }
}
