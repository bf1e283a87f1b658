using SpinGlass.Analysis.Experiments.Merging;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>merging</c> config keys and their binding onto a <see cref="MergingDefinition"/>.</summary>
internal static class MergingConfig
{
    private static readonly ConfigKey<int> N =
        HopfieldModelKeys.N.With(spec => spec with { Description = "Number of neurons N. The default is 100.", Default = 100L, Sweepable = false });
    private static readonly ConfigKey<int> Memories =
        Key.Int("model.memories", "Stored memories, the near copy included (at least 2). The default is 8.", 8, min: 2);
    private static readonly ConfigKey<int> Distance = Key.Int(
        "distance", "Hamming distance of the last memory from memory 1: exactly this many of its bits flipped (Hopfield: [30, 20, 10]).", min: 0, sweepable: true);
    private static readonly ConfigKey<int> StableTolerance =
        Key.Int("stable_tolerance", "A memory counts as stable when its fixed point is within this many bits of it. The default is 0.", 0, min: 0);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "merging",
        "Hopfield 1982 merging test: random memories plus one exactly `distance` bits from memory 1; both relaxed at T = 0; rates of both stable, displaced and fused vs distance.",
        [Key.Trials(200, "Random memory sets per distance"), N, Memories, Hopfield1982Keys.Neurons, .. LearningKeys.Unbiased, Distance, StableTolerance, .. Hopfield1982Keys.Dynamics],
        MergingExperiment.Declared) with
    {
        CrossCheck = Check,
    };

    public static MergingExperiment Build(ResolvedConfig config) => new(new MergingDefinition(
        [.. config.Points.Select(point => point.Get(Distance))],
        config.Get(N),
        config.Get(Memories),
        Hopfield1982Keys.Coding(config),
        Hopfield1982Keys.Relaxation(config),
        config.Get(StableTolerance),
        config.Trials,
        LearningKeys.Learning(config)));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        int n = config.Get(N);
        int largest = config.Values(Distance).Max();
        if (largest > n)
        {
            yield return (Distance.Path, $"a distance of {largest} bits is more than N = {n}");
        }

        int memories = config.Get(Memories);
        foreach (var error in HopfieldModelKeys.CheckMemory(
            n, memories, N.Path, () => TrialMemory.Merging(n, memories), config.ConcurrentTrials, MemoryBudget.Available, advice: "lower N or model.memories, or --threads"))
        {
            yield return error;
        }

        foreach (var error in LearningKeys.Check(config, (n, memories), Hopfield1982Keys.Coding(config), config.ConcurrentTrials))
        {
            yield return error;
        }
    }
}
