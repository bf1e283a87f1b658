using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Models.Dense;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>dense</c> config keys and their mapping onto a <see cref="DenseDefinition"/>.</summary>
internal static class DenseConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "dense",
        "Dense associative memory E = −Σ_μ F(ξ^μ·s) (Krotov–Hopfield): per-bit error of one update at a stored pattern beside the signal-to-noise theory, exact-recall success and overlap vs K per n; capacities where success falls through ½ and the bit error rises through 1e-2.",
        [
            ParameterSpec.Integer("trials", "Random pattern sets per point. The default is 20.", 20) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 100_000 },
            ParameterSpec.Integer("model.K", "Number of stored patterns K.") with { Sweepable = true, Min = 1 },
            ParameterSpec.Choice("model.interaction", "F(x): polynomial xⁿ, rectified (xⁿ for x ≥ 0, else 0) or exponential e^x. The default is polynomial.", "polynomial", "polynomial", "rectified", "exponential"),
            ParameterSpec.Integer("model.n", "Power n of the polynomial interactions (ignored by the exponential). The default is 3.", 3) with { Sweepable = true, Min = 2, Max = 30 },
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Real("start.noise", "Fraction of bits of ξ¹ flipped in the starting state (start: pattern means 0). The default is 0.", 0.0) with { Sweepable = false, Min = 0, Max = 1 },
            .. HopfieldKeys.Dynamics(),
        ])
    {
        Columns = DenseReport.Columns,
        ExclusiveGroups = [["T", "beta"]],
        SectionShorthands = new Dictionary<string, string> { ["start"] = "pattern" },
        CrossCheck = Check,
    };

    public static DenseExperiment Build(ResolvedConfig config)
    {
        var interaction = InteractionOf(config);
        var points = config.Points.Select(point => new DensePoint(
            (int)point.Int("model.N"),
            interaction,
            (int)point.Int("model.n"),
            (int)point.Int("model.K"),
            HopfieldKeys.Temperature(config, point),
            HopfieldKeys.Beta(config, point))).ToArray();
        return new DenseExperiment(new DenseDefinition(points, config.GetReal("start.noise"), HopfieldKeys.Recall(config), config.Trials));
    }

    private static Interaction InteractionOf(ResolvedConfig config) => config.GetText("model.interaction") switch
    {
        "rectified" => Interaction.RectifiedPolynomial,
        "exponential" => Interaction.Exponential,
        _ => Interaction.Polynomial,
    };

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        long n = config.Values("model.N").Cast<long>().Max();
        long k = config.Values("model.K").Cast<long>().Max();
        foreach (var problem in HopfieldKeys.CheckRule(config).Concat(HopfieldKeys.CheckMemory(n, k, "model.K")))
        {
            yield return problem;
        }

        long power = config.Values("model.n").Cast<long>().Max();
        if (InteractionOf(config) != Interaction.Exponential && Math.Pow(n, power) * 2.0 * k >= 4.6e18)
        {
            yield return ("model.n", $"2·K·N^n overflows 64-bit integer energies for N = {n}, K = {k}, n = {power}; lower n, N or K");
        }
    }
}
