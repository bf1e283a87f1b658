using SpinGlass.Analysis.Experiments.Mixtures;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>mixtures</c> config keys and their mapping onto a <see cref="MixturesDefinition"/>.</summary>
internal static class MixturesConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "mixtures",
        "Spurious symmetric mixture states sgn(ξ¹+…+ξⁿ): condensed overlap, stability and energy vs T beside the α → 0 mean-field theory (T_3 = 0.46, T_5 = 0.385).",
        [
            ParameterSpec.Integer("trials", "Random pattern sets per point. The default is 10.", 10) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Integer("model.p", "Stored patterns p (at least the largest mixture order).") with { Sweepable = true, Min = 1 },
            ParameterSpec.Choice("model.neurons", "spin (the theory's units) or binary (Hopfield 1982) neurons. The default is spin.", "spin", "spin", "binary"),
            ParameterSpec.Integer("mixture", "Mixture order n (odd n are the stable kind). The default is 3.", 3) with { Sweepable = true, Min = 1, Max = 15 },
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Choice("dynamics.rule", "Update rule at T > 0 (T = 0 relaxes with the zero-temperature rule). The default is glauber.", "glauber", "glauber", "metropolis"),
            ParameterSpec.Integer("dynamics.thermalize", "Sweeps before measuring at T > 0. The default is 100.", 100) with { Min = 0 },
            ParameterSpec.Integer("dynamics.measure", "Sweeps measured at T > 0; the sweep limit at T = 0. The default is 200.", 200) with { Min = 1 },
        ])
    {
        Columns = MixturesReport.Columns,
        ExclusiveGroups = [["T", "beta"]],
        CrossCheck = Check,
    };

    public static MixturesExperiment Build(ResolvedConfig config)
    {
        var points = config.Points.Select(point => new MixturePoint(
            (int)point.Int("model.N"), (int)point.Int("model.p"), (int)point.Int("mixture"),
            HopfieldKeys.Temperature(config, point), HopfieldKeys.Beta(config, point))).ToArray();
        return new MixturesExperiment(new MixturesDefinition(
            points,
            config.GetText("dynamics.rule") == "metropolis" ? UpdateRule.Metropolis : UpdateRule.Glauber,
            new RunProtocol((int)config.GetInt("dynamics.thermalize"), (int)config.GetInt("dynamics.measure")),
            config.Trials,
            config.GetText("model.neurons") == "binary" ? NeuronCoding.Binary : NeuronCoding.Spin));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        long order = config.Values("mixture").Cast<long>().Max(), p = config.Values("model.p").Cast<long>().Min();
        if (order > p)
        {
            yield return ("mixture", $"a mixture of n = {order} patterns needs p ≥ {order}, but model.p can be {p}");
        }

        foreach (var error in HopfieldKeys.CheckMemory(config.Values("model.N").Cast<long>().Max(), config.Values("model.p").Cast<long>().Max(), "model.N"))
        {
            yield return error;
        }
    }
}
