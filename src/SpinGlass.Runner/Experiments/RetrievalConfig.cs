using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>retrieval</c> config keys and their binding onto a <see cref="RetrievalDefinition"/>.</summary>
internal static class RetrievalConfig
{
    private static readonly ConfigKey<int> N = HopfieldModelKeys.N.With(spec => spec with { Description = "Neurons N (random patterns). The default is 100.", Default = 100L });
    private static readonly ConfigKey<int> P = HopfieldModelKeys.P.With(spec => spec with { Description = "Random patterns p; or give alpha. The default is 5.", Default = 5L });
    private static readonly ConfigKey<double> Alpha = HopfieldModelKeys.Alpha.With(spec => spec with { Description = "Load α = p/N of random patterns; or give p." });
    private static readonly ConfigKey<NeuronCoding> Neurons = HopfieldModelKeys.Neurons(NeuronCoding.Spin, "spin or binary neurons. The default is spin.");
    private static readonly ConfigKey<double> Noise =
        Key.Real("noise", "Fraction of cue bits corrupted: exactly round(noise·N) bits; with an explicit cue, random bits flipped on top of it, drawn anew every trial. The default is 0.1, and 0 with an explicit cue.", 0.1, min: 0, max: 1, sweepable: true)
            .With(spec => spec with { MappingDefault = ("cue", 0.0) });
    private static readonly ConfigKey<CueKind> Cue =
        Key.Choice<CueKind>("cue", "flip: random bits of each stored pattern flipped; erase: its last bits (bottom rows) set off; or an explicit cue of the stored letters or images, cue: { file: cue.txt } or { grid: [rows] }, with cue.target (keys below). The default is flip.", CueKind.Flip)
            .With(spec => spec with { MappingForm = true });
    private static readonly DynamicsKeys Dynamics = new();

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "retrieval",
        "Recall from noisy cues: success, overlap, Hamming distance and sweeps vs the fraction of flipped cue bits, for random patterns, the built-in letters A–Z or your own images; a gallery original → cue → recalled; trajectories.csv and the chart trajectories: E/N and m on the cue and after every sweep, first 3 trials of each point.",
        [
            Key.Trials(20, "Cues per point (fixed images are cued in turn)"), StoredImageKeys.Patterns, N, P, Alpha, .. StoredImageKeys.Images, Neurons, .. LearningKeys.All, Noise, Cue, .. ExplicitCueKeys.All, .. TemperatureKeys.All, HopfieldModelKeys.SuccessOverlap,
            .. Dynamics.All,
        ],
        RetrievalExperiment.Declared) with
    {
        // p first: with neither given, its default holds
        ExclusiveGroups = [ExperimentSchema.OneOf(P, Alpha), TemperatureKeys.Group],
        CrossCheck = Check,
        FileCheck = ExplicitCueKeys.CheckFile,
    };

    public static RetrievalExperiment Build(ResolvedConfig config)
    {
        var images = StoredImageKeys.Load(config);
        bool byAlpha = config.Has(Alpha);
        RetrievalPoint[] points = [.. config.Points.Select(point =>
        {
            int n = images?.Patterns.N ?? point.Get(N);
            int p = images?.Patterns.P ?? (byAlpha ? HopfieldModelKeys.PatternsFor(n, point.Get(Alpha)) : point.Get(P));
            return new RetrievalPoint(n, p, point.Get(Noise), TemperatureKeys.TemperatureAt(config, point), TemperatureKeys.BetaAt(config, point));
        })];
        return new RetrievalExperiment(new RetrievalDefinition(
            points,
            images,
            config.Get(Neurons),
            Dynamics.Bind(config),
            config.Trials,
            config.Get(HopfieldModelKeys.SuccessOverlap),
            config.Has(Cue) && config.Get(Cue) == CueKind.Erase,
            ExplicitCueKeys.Load(config, images),
            LearningKeys.Learning(config)));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var errors = TemperatureKeys.CheckZeroTemperatureRule(config, config.Get(Dynamics.Rule))
            .Concat(StoredImageKeys.Check(config, [N, P, Alpha]))
            .Concat(ExplicitCueKeys.Check(config, Cue));
        bool random = config.Get(StoredImageKeys.Patterns) == PatternSource.Random;
        var largest = random ? HopfieldModelKeys.LargestNetwork(config) : StoredImageKeys.Size(config) is { } size ? (size.N, size.Count) : (0L, 0L);
        var learning = LearningKeys.Check(config, largest, config.Get(Neurons), config.ConcurrentTrials).ToList();
        if (!random)
        {
            learning.AddRange(LearningKeys.CheckFixedPatterns(config));
        }

        return errors.Concat(random ? HopfieldModelKeys.CheckNetwork(config) : StoredImageKeys.CheckMemory(config)).Concat(learning);
    }
}
