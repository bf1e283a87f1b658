using System.Globalization;
using SpinGlass.Analysis.Experiments.Modern;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>modern</c> config keys and their binding onto a <see cref="ModernDefinition"/>.</summary>
internal static class ModernConfig
{
    private static readonly ConfigKey<int> D = Key.Int("model.d", "Dimension d of the random patterns. The default is 64.", 64, min: 1, max: 65_536, sweepable: true);
    private static readonly ConfigKey<int> M = Key.Int("model.M", "Stored random patterns M; or give log2_M. The default is 1000.", 1000, min: 1, max: 10_000_000, sweepable: true);
    private static readonly ConfigKey<double> Log2M = Key.Real("model.log2_M", "Stored random patterns as log₂ M (M = round(2^x)); or give M.", min: 0, max: 23, sweepable: true);
    private static readonly ConfigKey<double> Beta = Key.Real(
        "model.beta", "Inverse temperature β multiplying the raw dot products xᵀξ. The default is 1.", 1.0, min: 0, max: 1e6, sweepable: true, minExclusive: true);
    private static readonly ConfigKey<double> Noise =
        Key.Real("query.noise", "Fraction of the cue's signs flipped: exactly round(f·d). The default is 0.1; or give query.mask.", 0.1, min: 0, max: 1, sweepable: true);
    private static readonly ConfigKey<double> Mask =
        Key.Real("query.mask", "Fraction of the cue's components set to 0: exactly round(f·d); or give query.noise.", min: 0, max: 1, sweepable: true);
    private static readonly ConfigKey<string> Updates = Key.Text(
        "updates", $"Updates per cue: a whole number 1 … {ModernExperiment.MaxUpdates}, or converge (until ‖Δξ‖ < 1e-9, at most {ModernExperiment.MaxUpdates}). The default is 1.", "1");
    private static readonly ConfigKey<int> Queries = Key.Int(
        "queries", "Cues per stored set, as one batch (random patterns; fixed images are each cued once). The default is 16.", 16, min: 1, max: 4096);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "modern",
        "Modern (continuous) Hopfield network of Ramsauer et al. 2020, ξ ← X softmax(β Xᵀξ): exact retrieval, overlap, error and separation after one update (or to convergence) vs M, d, β and the cue, beside the classical network; capacity M_c per d and the fit ln M_c = a·d + b; the fixed-point regimes against β; trajectories.csv and the chart trajectories: E(ξ)/d and the overlap of each trial's first cue on the cue and after every update, first 3 trials of each point.",
        [Key.Trials(20, "Stored sets per point"), StoredImageKeys.Patterns, D, M, Log2M, .. StoredImageKeys.Images, Beta, Noise, Mask, Updates, Queries],
        ModernExperiment.Declared) with
    {
        ExclusiveGroups = [ExperimentSchema.OneOf(M, Log2M), ExperimentSchema.OneOf(Noise, Mask)],
        CrossCheck = Check,
    };

    public static ModernExperiment Build(ResolvedConfig config)
    {
        var images = StoredImageKeys.Load(config);
        bool byLog = config.Has(Log2M), masked = config.Has(Mask);
        ModernPoint[] points = [.. config.Points.Select(point => new ModernPoint(
            images?.Patterns.N ?? point.Get(D),
            images?.Patterns.P ?? (byLog ? PatternsFor(point.Get(Log2M)) : point.Get(M)),
            point.Get(Beta),
            masked ? 0 : point.Get(Noise),
            masked ? point.Get(Mask) : 0))];
        var (updates, converge) = ParseUpdates(config.Get(Updates))!.Value;
        return new ModernExperiment(new ModernDefinition(points, images, updates, converge, config.Get(Queries), config.Trials));
    }

    private static int PatternsFor(double log2) => (int)Math.Round(Math.Pow(2, log2), MidpointRounding.AwayFromZero);

    private static (int Updates, bool Converge)? ParseUpdates(string text) =>
        text == "converge" ? (0, true)
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= ModernExperiment.MaxUpdates ? (n, false)
        : null;

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        string updates = config.Get(Updates);
        if (ParseUpdates(updates) is null)
        {
            yield return (Updates.Path, $"'{updates}' is neither a whole number 1 … {ModernExperiment.MaxUpdates} nor converge");
        }

        foreach (var imageProblem in StoredImageKeys.Check(config, [D, M, Log2M]))
        {
            yield return imageProblem;
        }

        if (config.Get(StoredImageKeys.Patterns) != PatternSource.Random)
        {
            if (config.IsGiven(Queries))
            {
                yield return (Queries.Path, "fixed images are each cued once per trial; remove queries or use patterns: random");
            }

            yield break;
        }

        long d = config.Values(D).Max();
        long m = config.Has(Log2M) ? PatternsFor(config.Values(Log2M).Max()) : config.Values(M).Max();
        long queries = config.Get(Queries);
        if (d * m > int.MaxValue || queries * m > int.MaxValue)
        {
            yield return (config.Has(Log2M) ? Log2M.Path : M.Path, $"M = {m} with d = {d} and {queries} queries exceeds 2³¹ − 1 values in one matrix; lower M, d or queries");
            yield break;
        }

        // the patterns as ±1 bytes and as doubles, the softmax weights of the batch, the batch's states
        double perTrial = (d * m * 9.0) + (queries * m * 8.0) + (queries * d * 8.0 * 5);
        if (MemoryBudget.Problem($"M = {m} patterns of d = {d}", perTrial, "", config.ConcurrentTrials, MemoryBudget.Available, "lower M, d or queries, or --threads") is { } problem)
        {
            yield return (config.Has(Log2M) ? Log2M.Path : M.Path, problem);
        }
    }
}
