using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>capacity</c> config keys and their mapping onto a <see cref="CapacityDefinition"/>.</summary>
internal static class CapacityConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "capacity",
        "Storage capacity of the Hopfield network: overlap, success, error fraction and exact-fixed-point rate vs α = p/N per N, beside the AGS replica-symmetric theory.",
        [
            ParameterSpec.Integer("trials", "Random pattern sets per point. The default is 20.", 20) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N.") with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Real("model.alpha", "Load α = p/N (p = round(αN), at least 1); give alpha or p.") with { Sweepable = true, Min = 0, MinExclusive = true, Max = 2 },
            ParameterSpec.Integer("model.p", "Number of patterns p; give alpha or p.") with { Sweepable = true, Min = 1 },
            ParameterSpec.Choice("model.patterns", "Pattern source. The default is random.", "random", "random"),
            ParameterSpec.Choice("model.neurons", "spin (±1, couplings/N) or binary (Hopfield 1982 0/1 neurons). The default is spin.", "spin", "spin", "binary"),
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Real("start.noise", "Fraction of bits of ξ¹ flipped in the starting state (start: pattern means 0). The default is 0.", 0.0) with { Sweepable = true, Min = 0, Max = 1 },
            ParameterSpec.Real("success_overlap", "A trial succeeds when its final overlap reaches this (1 = the pattern exactly). The default is 1.", 1.0) with { Min = -1, Max = 1 },
            ParameterSpec.Real("retrieval_overlap", "A trial retrieves when its overlap reaches this; α_c(N) is where half the trials do. The default is 0.8.", 0.8) with { Min = -1, Max = 1 },
            .. HopfieldKeys.Dynamics(),
        ])
    {
        Columns = CapacityReport.Columns,
        ExclusiveGroups = [["model.alpha", "model.p"], ["T", "beta"]],
        SectionShorthands = new Dictionary<string, string> { ["start"] = "pattern" },
        CrossCheck = Check,
    };

    public static CapacityExperiment Build(ResolvedConfig config)
    {
        var points = HopfieldKeys.RandomPatternPoints(config);
        return new CapacityExperiment(new CapacityDefinition(
            points,
            config.GetText("model.neurons") == "binary" ? NeuronCoding.Binary : NeuronCoding.Spin,
            config.GetReal("start.noise"),
            HopfieldKeys.Recall(config),
            config.Trials,
            config.GetReal("success_overlap"),
            config.GetReal("retrieval_overlap")));
    }

    internal static int PatternsFor(int n, double alpha) => Math.Max(1, (int)Math.Round(alpha * n, MidpointRounding.AwayFromZero));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var (n, p) = HopfieldKeys.LargestNetwork(config);
        return HopfieldKeys.CheckRule(config).Concat(HopfieldKeys.CheckMemory(n, p, "model.N", (long)config.Points.Count * config.Trials));
    }
}
