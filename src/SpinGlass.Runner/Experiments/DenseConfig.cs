using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Models.Dense;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>dense</c> config keys and their binding onto a <see cref="DenseDefinition"/>.</summary>
internal static class DenseConfig
{
    private static readonly ConfigKey<int> N = HopfieldModelKeys.N.With(spec => spec with { Max = 100_000 });
    private static readonly ConfigKey<int> K = Key.Int("model.K", "Number of stored patterns K.", min: 1, sweepable: true);
    private static readonly ConfigKey<Interaction> InteractionKey = Key.Choice(
        "model.interaction",
        "F(x): polynomial xⁿ, rectified (xⁿ for x ≥ 0, else 0) or exponential e^x. The default is polynomial.",
        Interaction.Polynomial,
        words: new Dictionary<Interaction, string> { [Interaction.RectifiedPolynomial] = "rectified" });
    private static readonly ConfigKey<int> Power =
        Key.Int("model.n", "Power n of the polynomial interactions (ignored by the exponential). The default is 3.", 3, min: 2, max: 30, sweepable: true);
    private static readonly ConfigKey<double> StartNoise =
        Key.Real("start.noise", "Fraction of bits of ξ¹ flipped in the starting state (start: pattern means 0). The default is 0.", 0.0, min: 0, max: 1);
    private static readonly DynamicsKeys Dynamics = new();

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "dense",
        "Dense associative memory E = −Σ_μ F(ξ^μ·s) (Krotov–Hopfield): per-bit error of one update at a stored pattern beside the signal-to-noise theory, exact-recall success and overlap vs K per n; capacities where success falls through ½ and the bit error rises through 1e-2.",
        [Key.Trials(20, "Random pattern sets per point"), N, K, InteractionKey, Power, .. TemperatureKeys.All, StartNoise, .. Dynamics.All],
        DenseExperiment.Declared) with
    {
        ExclusiveGroups = [TemperatureKeys.Group],
        SectionShorthands = new Dictionary<string, string> { ["start"] = "pattern" },
        CrossCheck = Check,
    };

    public static DenseExperiment Build(ResolvedConfig config)
    {
        var interaction = config.Get(InteractionKey);
        DensePoint[] points = [.. config.Points.Select(point => new DensePoint(
            point.Get(N),
            interaction,
            point.Get(Power),
            point.Get(K),
            TemperatureKeys.TemperatureAt(config, point),
            TemperatureKeys.BetaAt(config, point)))];
        return new DenseExperiment(new DenseDefinition(points, config.Get(StartNoise), Dynamics.Bind(config), config.Trials));
    }

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        long n = config.Values(N).Max();
        long k = config.Values(K).Max();
        foreach (var problem in TemperatureKeys.CheckZeroTemperatureRule(config, config.Get(Dynamics.Rule)).Concat(HopfieldModelKeys.CheckMemory(
            n, k, K.Path, () => TrialMemory.Dense(n, k), config.ConcurrentTrials, MemoryBudget.Available, advice: "lower N or K, or --threads")))
        {
            yield return problem;
        }

        long power = config.Values(Power).Max();
        if (config.Get(InteractionKey) != Interaction.Exponential && Math.Pow(n, power) * 2.0 * k >= 4.6e18)
        {
            yield return (Power.Path, $"2·K·N^n overflows 64-bit integer energies for N = {n}, K = {k}, n = {power}; lower n, N or K");
        }
    }
}
