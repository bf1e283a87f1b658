using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Models;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>ising</c> config keys and their binding onto an <see cref="IsingDefinition"/>.</summary>
internal static class IsingConfig
{
    private const int MinimumMeasurements = 128;

    private static readonly ConfigKey<LatticeKind> Lattice =
        Key.Choice<LatticeKind>("model.lattice", "Lattice: chain (ring), square or cubic, periodic. The default is square.", LatticeKind.Square);

    private static readonly ConfigKey<int> L = Key.Int("model.L", "Side length L ≥ 2 (N = L^d spins).", min: 2, max: 4096, sweepable: true);
    private static readonly ConfigKey<double> J = Key.Real("model.J", "Coupling J. The default is 1.", 1.0);
    private static readonly ConfigKey<double> H = Key.Real("model.h", "Uniform field h. The default is 0.", 0.0);

    // an equilibrium run has no natural temperature: T (or beta) must be given
    private static readonly ConfigKey<double> T = TemperatureKeys.T.With(spec => spec with { Description = "Temperature T = 1/β (T = 0 is β = ∞).", Default = null });

    private static readonly ConfigKey<UpdateRule> Rule = Key.Choice(
        "dynamics.rule",
        "Update rule: metropolis or glauber single-spin updates, or wolff single-cluster updates (h = 0 only; one \"sweep\" is one cluster " +
        "step, so thermalize, measure and measure_every count clusters, and tau_energy is converted to sweeps-equivalents, steps × ⟨|C|⟩/N). " +
        "A list runs each rule at every (L, T). The default is metropolis.",
        UpdateRule.Metropolis,
        [UpdateRule.Metropolis, UpdateRule.Glauber, UpdateRule.Wolff],
        sweepable: true);

    private static readonly ConfigKey<SiteOrder> Order = Key.Choice(
        "dynamics.order",
        "Site order within a sweep: random (N sites drawn with replacement), sequential, permutation (every site once, in a fresh " +
        "random order each sweep), or checkerboard (even then odd sites; on square lattices of even L this runs the fast samplers: " +
        "multispin coding for metropolis at h = 0, vectorised checkerboard otherwise; on cubic lattices, metropolis at h = 0, the " +
        "multispin simple-cubic sampler for even L ≤ 128, or three colour classes (x + y + z) mod 3 for odd L divisible by 3 up to 63); " +
        "wolff ignores it. The default is random.",
        SiteOrder.Random,
        [SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation, SiteOrder.Checkerboard]);

    private static readonly ConfigKey<int> Thermalize = Key.Int("dynamics.thermalize", "Sweeps discarded before measuring. The default is 2000.", 2000, min: 0);
    private static readonly ConfigKey<int> Measure = Key.Int("dynamics.measure", "Sweeps measured. The default is 20000.", 20000, min: 1);
    private static readonly ConfigKey<int> MeasureEvery = Key.Int("dynamics.measure_every", "Sweeps between measurements. The default is 1.", 1, min: 1);

    public static ExperimentSchema Schema { get; } = ExperimentSchema.Of(
        "ising",
        "Equilibrium thermodynamics of Ising lattices (E, |m|, C, χ, Binder U_L vs T) beside the exact finite-lattice solutions.",
        [Lattice, L, J, H, T, TemperatureKeys.Beta, Rule, Order, Thermalize, Measure, MeasureEvery],
        IsingExperiment.Declared) with
    {
        ExclusiveGroups = [TemperatureKeys.Group],
        CrossCheck = Check,
    };

    public static IsingExperiment Build(ResolvedConfig config) => new(new IsingDefinition(
        config.Get(Lattice),
        [.. config.Points.Select(point => new IsingPoint(
            point.Get(L), TemperatureKeys.TemperatureAt(config, point), TemperatureKeys.BetaAt(config, point), point.Get(Rule)))],
        config.Get(J),
        config.Get(H),
        config.Get(Order),
        new RunProtocol(config.Get(Thermalize), config.Get(Measure), config.Get(MeasureEvery)),
        config.Trials));

    private static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config)
    {
        int measurements = config.Get(Measure) / config.Get(MeasureEvery);
        if (measurements < MinimumMeasurements)
        {
            yield return (Measure.Path,
                $"gives {measurements} measurements (measure / measure_every); at least {MinimumMeasurements} are needed for binned error bars");
        }

        if (config.Values(Rule).Contains(UpdateRule.Wolff) && config.Get(H) != 0)
        {
            yield return (Rule.Path, $"wolff needs h = 0 (model.h is {config.Get(H).ToString(System.Globalization.CultureInfo.InvariantCulture)}): a cluster flip reverses the field energy");
        }

        var lattice = config.Get(Lattice);
        long maxL = lattice switch { LatticeKind.Chain => 1L << 24, LatticeKind.Square => 4096, _ => 256 };
        foreach (int value in config.Values(L))
        {
            if (value > maxL)
            {
                yield return (L.Path, $"L = {value} is too large for a {ConfigWords.Of(lattice)} lattice (at most {maxL})");
            }
        }

        long largest = config.Values(L).Where(value => value <= maxL).DefaultIfEmpty(2).Max();
        if (MemoryBudget.Problem(
            $"L = {largest} on a {ConfigWords.Of(lattice)} lattice", TrialMemory.Ising(lattice, largest), "", config.ConcurrentTrials, MemoryBudget.Available,
            "lower L, or --threads") is { } problem)
        {
            yield return (L.Path, problem);
        }
    }
}
