using SpinGlass.Analysis.Experiments.Merging;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>merging</c> config keys and their mapping onto a <see cref="MergingDefinition"/>.</summary>
internal static class MergingConfig
{
    public static ExperimentSchema Schema { get; } = new(
        "merging",
        "Hopfield 1982 merging test: random memories plus one exactly `distance` bits from memory 1; both relaxed at T = 0; rates of both stable, displaced and fused vs distance.",
        [
            ParameterSpec.Integer("trials", "Random memory sets per distance. The default is 200.", 200) with { Min = 1 },
            ParameterSpec.Integer("model.N", "Number of neurons N. The default is 100.", 100) with { Min = 2, Max = 1_000_000 },
            ParameterSpec.Integer("model.memories", "Stored memories, the near copy included (at least 2). The default is 8.", 8) with { Min = 2 },
            ParameterSpec.Choice("model.neurons", "binary (Hopfield 1982 0/1 neurons, thresholds 0) or spin (±1, couplings/N). The default is binary.", "binary", "binary", "spin"),
            ParameterSpec.Integer("distance", "Hamming distance of the last memory from memory 1: exactly this many of its bits flipped (Hopfield: [30, 20, 10]).") with { Sweepable = true, Min = 0 },
            ParameterSpec.Integer("stable_tolerance", "A memory counts as stable when its fixed point is within this many bits of it. The default is 0.", 0) with { Min = 0 },
            .. StabilityConfig.ZeroTemperatureDynamics(),
        ])
    {
        Columns = MergingReport.Columns,
        CrossCheck = Check,
    };

    public static MergingExperiment Build(ResolvedConfig config) => new(new MergingDefinition(
        [.. config.Points.Select(point => (int)point.Int("distance"))],
        (int)config.GetInt("model.N"),
        (int)config.GetInt("model.memories"),
        StabilityConfig.Coding(config),
        StabilityConfig.Relaxation(config),
        (int)config.GetInt("stable_tolerance"),
        config.Trials));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        long n = config.GetInt("model.N");
        long largest = config.Values("distance").Cast<long>().Max();
        if (largest > n)
        {
            yield return ("distance", $"a distance of {largest} bits is more than N = {n}");
        }

        foreach (var error in HopfieldKeys.CheckMemory(n, config.GetInt("model.memories"), "model.N"))
        {
            yield return error;
        }
    }
}
