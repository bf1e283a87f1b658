using SpinGlass.Models;
using SpinGlass.Models.Capabilities;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>
/// Runs an <see cref="AttractorsDefinition"/>: per pattern set, random starts, each annealed with heat-bath dynamics
/// at T (T &gt; 0 only) and quenched to a fixed point with zero-temperature dynamics, each on its own stream drawn from
/// the trial's; every end state is classified by its overlaps (<see cref="AttractorClassifier"/>). Reports the
/// fraction of starts in each class and the mean energy per class, beside the α → 0 energies.
/// </summary>
/// <remarks>Amit, Gutfreund and Sompolinsky, Phys. Rev. A 32, 1007 (1985): mixtures appear for α below about 0.03.</remarks>
public sealed class AttractorsExperiment(AttractorsDefinition definition)
    : Experiment<AttractorsDefinition, CapacityPoint, AttractorsTrial>(definition, definition.Points, definition.Trials, Declared)
{
    // the anneal measures nothing: its sweeps are the protocol's measurement sweeps with an empty measurement
    private readonly ChainProtocol _anneal = new(UpdateRule.Glauber, definition.Order, 0, 0, definition.Anneal);
    private readonly ChainProtocol _quench = new(UpdateRule.ZeroTemperature, definition.Order, definition.MaxSweeps, 0, 1);

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<AttractorsDefinition, CapacityPoint, AttractorsTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>The load α as configured.</summary>
    public static Output Alpha { get; } = Declared.Coordinate("alpha", "load α = p/N as configured", p => p.Alpha);

    /// <summary>Stored patterns p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "stored patterns p = round(αN)", p => p.P, OutputKind.Integer);

    /// <summary>Temperature of the anneal before the quench (0: plain zero-temperature relaxation).</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature of the anneal before the quench (0: zero-temperature relaxation only)", p => p.T);

    /// <summary>Fraction of starts that end in a stored pattern or its reverse.</summary>
    public static Output PureRate { get; } = Declared.Mean("pure_rate", "fraction of starts ending in a stored pattern or its reverse (some |m_μ| ≥ 0.9)", (_, t) => t.Rate(AttractorClass.Pure));

    /// <summary>Fraction of starts that end in a symmetric odd mixture.</summary>
    public static Output MixtureRate { get; } = Declared.Mean("mixture_rate", "fraction of starts ending in a symmetric 3-, 5- or 7-mixture", (_, t) => t.Rate(AttractorClass.Mixture));

    /// <summary>Fraction of starts that end in a spin-glass state.</summary>
    public static Output SpinGlassRate { get; } = Declared.Mean("spin_glass_rate", "fraction of starts ending in neither: a spin-glass state", (_, t) => t.Rate(AttractorClass.SpinGlass));

    /// <summary>Mean energy per spin of the pure end states (NaN where none).</summary>
    public static Output EnergyPure { get; } = Declared.Estimate(
        "energy_pure", "mean energy per spin of the pure end states (empty where none)", (_, _, trials) => MeanEnergy(trials, AttractorClass.Pure), hasError: false);

    /// <summary>Mean energy per spin of the mixture end states (NaN where none).</summary>
    public static Output EnergyMixture { get; } = Declared.Estimate(
        "energy_mixture", "mean energy per spin of the mixture end states (empty where none)", (_, _, trials) => MeanEnergy(trials, AttractorClass.Mixture), hasError: false);

    /// <summary>Mean energy per spin of the spin-glass end states (NaN where none).</summary>
    public static Output EnergySpinGlass { get; } = Declared.Estimate(
        "energy_spin_glass", "mean energy per spin of the spin-glass end states (empty where none)", (_, _, trials) => MeanEnergy(trials, AttractorClass.SpinGlass), hasError: false);

    /// <summary>Every end state of every pattern set, for the energy histogram and the overlap matrix.</summary>
    public static PayloadKey<AttractorsTrial[]> EndStates { get; } = Declared.Payload(
        "end_states", "class and energy per spin of every end state, per pattern set (the first set also with its overlaps with every pattern)", (_, _, trials) => trials.ToArray());

    /// <summary>The rate output of <paramref name="kind"/>.</summary>
    public static Output RateOf(AttractorClass kind) => kind switch
    {
        AttractorClass.Pure => PureRate,
        AttractorClass.Mixture => MixtureRate,
        _ => SpinGlassRate,
    };

    /// <inheritdoc />
    protected override double TrialCost(CapacityPoint point)
    {
        return (double)point.N * point.P * Definition.Starts * (20 + Definition.Anneal);
    }

    /// <inheritdoc />
    protected override AttractorsTrial RunTrial(CapacityPoint point, TrialContext context)
    {
        var rng = context.Random;
        var patterns = Definition.Memory.RandomPatterns(context, point.N, point.P);
        var network = Definition.Memory.Build(patterns, Definition.Coding, context);
        var start = new sbyte[point.N];
        var classes = new AttractorClass[Definition.Starts];
        var energies = new double[Definition.Starts];
        var overlaps = new double[point.P];
        var kept = new List<double[]>();
        for (int s = 0; s < Definition.Starts; s++)
        {
            for (int i = 0; i < start.Length; i++)
            {
                start[i] = rng.NextSpin();
            }

            var state = network.CreateState(start);
            var overlapsOf = (IPatternOverlaps)state;
            if (!double.IsPositiveInfinity(point.Beta))
            {
                // the stream is drawn even for an anneal of no sweeps, so the quench's stream does not depend on it
                var annealStream = new Xoshiro256StarStar(rng.NextUInt64());
                if (Definition.Anneal > 0)
                {
                    context.Run(state, _anneal, point.Beta, static () => { }, annealStream);
                    context.Record("anneal", context.Engines["sampler"]);
                }
            }

            context.Run(state, _quench, double.PositiveInfinity, static () => { }, new Xoshiro256StarStar(rng.NextUInt64()));
            for (int mu = 0; mu < point.P; mu++)
            {
                overlaps[mu] = (double)overlapsOf.Overlaps[mu] / point.N;
            }

            classes[s] = AttractorClassifier.Classify(overlaps).Class;
            if (context.Trial == 0)
            {
                kept.Add((double[])overlaps.Clone());
            }

            energies[s] = state.Energy / point.N;
        }

        return new AttractorsTrial(classes, energies, [.. kept]);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        var lowest = points.Where(r => r[T] == 0).OrderBy(r => r[Alpha]).ThenByDescending(r => r[N]).FirstOrDefault();
        // the references are Hebb's, in spin units
        if (lowest is not null && Definition.Coding == NeuronCoding.Spin && Definition.Memory.IsAgs)
        {
            const string Source = "AGS 1985 (α → 0)";
            report.Derive("energy_pure_lowest_alpha", new DerivedValue(lowest[EnergyPure], Reference: MixtureMeanField.Energy(1, 0), Source: Source));
            var withMixtures = points.Where(r => r[T] == 0 && r[MixtureRate] > 0).OrderBy(r => r[Alpha]).ThenByDescending(r => r[N]).FirstOrDefault();
            if (withMixtures is not null)
            {
                double alpha = withMixtures[Alpha];
                report.Derive(FormattableString.Invariant($"energy_mixture_alpha_{alpha}"), new DerivedValue(withMixtures[EnergyMixture], Reference: MixtureMeanField.Energy(3, 0), Source: Source + ", n = 3"));
                report.Derive(FormattableString.Invariant($"mixture_rate_alpha_{alpha}"), new DerivedValue(withMixtures[MixtureRate], withMixtures.Error(MixtureRate)));
            }
        }

        report.Chart("attractor_rates", () => AttractorsCharts.StackedRates(points));
        report.Chart("attractor_energies", () => AttractorsCharts.EnergyHistogram(points));
        report.Chart("end_state_overlaps", () => AttractorsCharts.EndStateOverlaps(points));
    }

    private static Estimate MeanEnergy(IReadOnlyList<AttractorsTrial> trials, AttractorClass kind)
    {
        var inClass = trials.SelectMany(t => t.Classes.Zip(t.Energies)).Where(x => x.First == kind).Select(x => x.Second).ToArray();
        return new Estimate(inClass.Length == 0 ? double.NaN : inClass.Average(), double.NaN);
    }
}
