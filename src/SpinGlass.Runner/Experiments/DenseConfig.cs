using System.Globalization;
using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>dense</c> config keys and their binding onto a <see cref="DenseDefinition"/>.</summary>
internal static class DenseConfig
{
    /// <summary>
    /// The largest <c>2β(flipped + 1)</c>: the cue's own term <c>e^{−2β·flipped}</c> (over K) stays above
    /// <c>e^{−671 + 2β}</c>, below which raised terms are lost (see <see cref="DenseAssociativeMemory"/>).
    /// </summary>
    private const double LargestCueExponent = 650;

    private static readonly ConfigKey<int> N = HopfieldModelKeys.N.With(spec => spec with
    {
        Max = 100_000, Description = "Neurons N (random patterns). The default is 100.", Default = 100L,
    });

    private static readonly ConfigKey<int> K = Key.Int("model.K", "Random patterns K. The default is 10.", 10, min: 1, sweepable: true);
    private static readonly ConfigKey<Interaction> InteractionKey = Key.Choice(
        "model.interaction",
        "F(x): polynomial xⁿ, rectified (xⁿ for x ≥ 0, else 0) or exponential e^(βx). The default is polynomial.",
        Interaction.Polynomial,
        words: new Dictionary<Interaction, string> { [Interaction.RectifiedPolynomial] = "rectified" });
    private static readonly ConfigKey<int> Power =
        Key.Int("model.n", "Power n of the polynomial interactions (ignored by the exponential). The default is 3.", 3, min: 2, max: 30, sweepable: true);
    private static readonly ConfigKey<double> InteractionBeta = Key.Real(
        "model.beta",
        "β of the exponential F(x) = e^(βx) (not the temperature; interaction: exponential only): large β recalls the nearest stored pattern, " +
        "small β the majority vote of all; e^(2β) must stay finite, and 2β·(flipped cue bits + 1) ≤ 650. The default is 1.",
        1.0, min: 0, minExclusive: true, max: DenseAssociativeMemory.MaxBeta, sweepable: true);
    private static readonly ConfigKey<double> StartNoise = Key.Real(
        "start.noise", "Fraction of the cued pattern's bits flipped in the starting state, exactly round(noise·N) (start: pattern means 0). The default is 0.",
        0.0, min: 0, max: 1, sweepable: true);
    private static readonly DynamicsKeys Dynamics = new(
        orders: [SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation, SiteOrder.Rows],
        orderDescription: "Site order: random (N sites drawn with replacement per sweep), sequential (0 … N−1), permutation (every site once per sweep " +
            "in a fresh random order) or rows (letters or images with the zero-temperature rule: one image row at a time, top to bottom, its neurons " +
            "updated together from the same state, as in the seeds' demo). The default is random.");

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "dense",
        "Dense associative memory E = −Σ_μ F(ξ^μ·s) (Krotov–Hopfield) on random patterns, the built-in letters or your images: per-bit error of one update at a stored pattern beside the signal-to-noise theory, recall success, overlap and where recall ends vs K, cue noise or β of F(x) = e^(βx); capacities where success falls through ½ and the bit error rises through 1e-2; trajectories.csv and the chart trajectories: E/N and m on the cue and after every sweep, first 3 trials of each point.",
        [
            Key.Trials(20, "Random pattern sets per point (fixed images: cues, cycling through the images)"), StoredImageKeys.Patterns, N, K, .. StoredImageKeys.Images,
            InteractionKey, Power, InteractionBeta, .. TemperatureKeys.All, StartNoise, .. Dynamics.All,
        ],
        DenseExperiment.Declared) with
    {
        ExclusiveGroups = [TemperatureKeys.Group],
        SectionShorthands = new Dictionary<string, string> { ["start"] = "pattern" },
        CrossCheck = Check,
    };

    public static DenseExperiment Build(ResolvedConfig config)
    {
        var images = StoredImageKeys.Load(config);
        var interaction = config.Get(InteractionKey);
        var dynamics = Dynamics.Bind(config);
        if (images is not null && dynamics.Order == SiteOrder.Rows)
        {
            dynamics = dynamics with { RowWidth = images.Width };
        }

        DensePoint[] points = [.. config.Points.Select(point => new DensePoint(
            images?.Patterns.N ?? point.Get(N),
            interaction,
            point.Get(Power),
            images?.Patterns.P ?? point.Get(K),
            TemperatureKeys.TemperatureAt(config, point),
            TemperatureKeys.BetaAt(config, point),
            interaction == Interaction.Exponential ? point.Get(InteractionBeta) : 1,
            point.Get(StartNoise)))];
        return new DenseExperiment(new DenseDefinition(points, dynamics, config.Trials, images));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var problems = TemperatureKeys.CheckZeroTemperatureRule(config, config.Get(Dynamics.Rule))
            .Concat(StoredImageKeys.Check(config, [N, K]))
            .Concat(CheckOrder(config))
            .Concat(CheckInteraction(config));
        foreach (var problem in problems)
        {
            yield return problem;
        }

        if (StoredImageKeys.Size(config) is not null)
        {
            foreach (var problem in StoredImageKeys.CheckMemory(config, TrialMemory.DenseImagesTrial, TrialMemory.DenseImagesShared, gallery: false))
            {
                yield return problem;
            }

            yield break;
        }

        long n = config.Values(N).Max();
        long k = config.Values(K).Max();
        foreach (var problem in HopfieldModelKeys.CheckMemory(
            n, k, K.Path, () => TrialMemory.Dense(n, k), config.ConcurrentTrials, MemoryBudget.Available, advice: "lower N or K, or --threads"))
        {
            yield return problem;
        }
    }

    /// <summary>Rows order needs an image grid and the zero-temperature rule.</summary>
    private static IEnumerable<(string Path, string Message)> CheckOrder(ResolvedConfig config)
    {
        if (config.Get(Dynamics.Order) != SiteOrder.Rows)
        {
            yield break;
        }

        if (config.Get(StoredImageKeys.Patterns) == PatternSource.Random)
        {
            yield return (Dynamics.Order.Path, "rows updates one row of an image grid at a time, and random patterns have no grid; use patterns: letters or images, or order: random");
        }

        var rule = config.Get(Dynamics.Rule);
        if (rule != UpdateRule.ZeroTemperature)
        {
            yield return (Dynamics.Order.Path,
                $"rows updates a row's neurons together from the same state, which samples no Boltzmann distribution; it needs rule: zero-temperature, not {ConfigWords.Of(rule)}");
        }
    }

    /// <summary>
    /// β only for the exponential, whose cue term must stay a normal double; the polynomial energies must fit 64-bit
    /// integers.
    /// </summary>
    private static IEnumerable<(string Path, string Message)> CheckInteraction(ResolvedConfig config)
    {
        var interaction = config.Get(InteractionKey);
        var (n, k) = StoredImageKeys.Size(config) is { } images ? (images.N, images.Count) : (config.Values(N).Max(), config.Values(K).Max());
        if (interaction != Interaction.Exponential)
        {
            if (config.IsGiven(InteractionBeta))
            {
                yield return (InteractionBeta.Path, $"β belongs to F(x) = e^(βx); it needs interaction: exponential, not {ConfigWords.Of(interaction)} (there F has no β)");
            }

            long power = config.Values(Power).Max();
            if (Math.Pow(n, power) * 2.0 * k >= 4.6e18)
            {
                yield return (Power.Path, $"2·K·N^n overflows 64-bit integer energies for N = {n}, K = {k}, n = {power}; lower n, N or K");
            }

            yield break;
        }

        double beta = config.Values(InteractionBeta).Max();
        int flipped = Cues.FlipCount((int)n, config.Values(StartNoise).Max());
        if (2 * beta * (flipped + 1) > LargestCueExponent)
        {
            string largest = (LargestCueExponent / (2.0 * (flipped + 1))).ToString("0.###", CultureInfo.InvariantCulture);
            yield return (InteractionBeta.Path,
                $"β = {beta.ToString(CultureInfo.InvariantCulture)} with {flipped} of the {n} bits flipped in the cue puts the cue's own term e^(β(M−N)) at " +
                $"e^(−{(2 * beta * flipped).ToString("0.#", CultureInfo.InvariantCulture)}), where flip costs lose terms below the smallest double; " +
                $"2·β·(flipped + 1) must stay ≤ {LargestCueExponent} (here β ≤ {largest}), or lower start.noise");
        }
    }
}
