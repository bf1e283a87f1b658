using SpinGlass.Models;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>
/// Runs a <see cref="MergingDefinition"/>: per trial, fresh random memories plus a near copy of memory 1 at exactly
/// the point's Hamming distance; memory 1 and the copy are each relaxed at T = 0 to a fixed point. The report adds the
/// yardstick of random memory pairs (mean and spread of their Hamming distance, N/2 ± √N/2) as derived values, and
/// the chart of the three outcome rates vs distance.
/// </summary>
/// <remarks>
/// Hopfield, PNAS 79, 2554 (1982), N = 100 with seven random memories and an eighth near one of them: "At a distance of
/// 30, both similar memories were usually stable. At a distance of 20, the minima were usually distinct but displaced.
/// At a distance of 10, the minima were often fused." Random pairs sit at 50 ± 5.
/// </remarks>
public sealed class MergingExperiment : Experiment<MergingDefinition, MergingPoint, MergingTrial>
{
    /// <summary>Creates the experiment.</summary>
    /// <exception cref="ArgumentException">A distance outside [0, N], or fewer than two memories.</exception>
    public MergingExperiment(MergingDefinition definition)
        : base(Validated(definition), [.. definition.Distances.Select(d => new MergingPoint(d))], definition.Trials, Declared)
    {
    }

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<MergingDefinition, MergingPoint, MergingTrial> Declared { get; } = new();

    /// <summary>Hamming distance of the near copy from memory 1.</summary>
    public static Output Distance { get; } = Declared.Coordinate("distance", "Hamming distance of the near copy from memory 1", p => p.Distance, OutputKind.Integer);

    /// <summary>Fraction of trials in which both memories stay (within tolerance) distinct minima.</summary>
    public static Output BothStableRate { get; } = Declared.Rate(
        "both_stable_rate", "fraction of trials in which both memories end within stable_tolerance of themselves, apart", (_, t) => t.Outcome == MergingOutcome.BothStable);

    /// <summary>Fraction of trials with distinct ends of which at least one moved beyond tolerance.</summary>
    public static Output DisplacedRate { get; } = Declared.Rate(
        "displaced_rate", "fraction of trials with distinct ends of which at least one moved beyond stable_tolerance", (_, t) => t.Outcome == MergingOutcome.Displaced);

    /// <summary>Fraction of trials in which both relaxations end in the same state.</summary>
    public static Output FusedRate { get; } = Declared.Rate(
        "fused_rate", "fraction of trials in which both relaxations end in the same state", (_, t) => t.Outcome == MergingOutcome.Fused);

    /// <summary>Mean Hamming distance between the two end states.</summary>
    public static Output FinalDistance { get; } = Declared.Mean("final_distance", "Hamming distance between the two end states", (_, t) => t.FinalDistance);

    /// <summary>Mean Hamming distance of pairs of independent random memories (the yardstick, N/2), for the report.</summary>
    public static Output PairDistance { get; } = Declared.Mean(
        "pair_distance", "mean Hamming distance of pairs of the independent random memories", (_, t) => t.PairDistance, column: false);

    /// <summary>Mean squared distance of the same pairs (for the spread, √N/2), for the report.</summary>
    public static Output PairDistanceSquare { get; } = Declared.Mean(
        "pair_distance_square", "mean squared Hamming distance of the same pairs", (_, t) => t.PairDistanceSquare, column: false);

    /// <inheritdoc />
    protected override double TrialCost(MergingPoint point) => (double)Definition.N * Definition.Memories * 2;

    /// <inheritdoc />
    protected override MergingTrial RunTrial(MergingPoint point, TrialContext context)
    {
        var rng = context.Random;
        int n = Definition.N, last = Definition.Memories - 1;
        var random = PatternSet.Random(n, last, rng);
        var data = new sbyte[n * Definition.Memories];
        for (int mu = 0; mu < last; mu++)
        {
            random.Pattern(mu).CopyTo(data.AsSpan(mu * n, n));
        }

        Cues.Flip(random.Pattern(0), (double)point.Distance / n, rng).CopyTo(data.AsSpan(last * n, n));
        var patterns = new PatternSet(n, data);
        context.Record("patterns", patterns.Engine);
        var network = Definition.Memory.Build(patterns, Definition.Coding, context);
        var fromFirst = Relax(network, patterns.Pattern(0), context);
        var fromCopy = Relax(network, patterns.Pattern(last), context);
        int tolerance = Definition.StableTolerance;
        int finalDistance = Cues.HammingDistance(fromFirst, fromCopy);
        var outcome = finalDistance == 0 ? MergingOutcome.Fused
            : Cues.HammingDistance(fromFirst, patterns.Pattern(0)) <= tolerance && Cues.HammingDistance(fromCopy, patterns.Pattern(last)) <= tolerance
                ? MergingOutcome.BothStable
                : MergingOutcome.Displaced;
        var (pair, pairSquare) = PairDistances(random);
        return new MergingTrial(outcome, finalDistance, pair, pairSquare);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        var pooled = points.Where(p => !double.IsNaN(p[PairDistance])).ToArray();
        if (pooled.Length > 0)
        {
            // every point has the same number of trials, so the pooled moments are plain averages over points
            double mean = pooled.Average(p => p[PairDistance]);
            double error = Math.Sqrt(pooled.Sum(p => double.IsFinite(p.Error(PairDistance)) ? p.Error(PairDistance) * p.Error(PairDistance) : 0)) / pooled.Length;
            double spread = Math.Sqrt(Math.Max(0, pooled.Average(p => p[PairDistanceSquare]) - (mean * mean)));
            const string Source = "independent random memories: d ~ Binomial(N, 1/2); Hopfield 1982: 50 ± 5 at N = 100";
            report.Derive("random_pair_distance", new DerivedValue(mean, error, Definition.N / 2.0, Source));
            report.Derive("random_pair_distance_sd", new DerivedValue(spread, null, Math.Sqrt(Definition.N) / 2, Source));
        }

        report.Chart("merging_rates", () => MergingCharts.Rates(Definition, points));
    }

    private static MergingDefinition Validated(MergingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentOutOfRangeException.ThrowIfLessThan(definition.Memories, 2);
        if (definition.Distances.Any(d => d < 0 || d > definition.N))
        {
            throw new ArgumentException($"Distances must lie in [0, N = {definition.N}].", nameof(definition));
        }

        return definition;
    }

    private sbyte[] Relax(IEnergyModel network, ReadOnlySpan<sbyte> memory, TrialContext context)
    {
        var state = network.CreateState(memory);
        // each relaxation gets its own stream, seeded from the trial stream
        context.Run(state, Definition.Dynamics, double.PositiveInfinity, static () => { }, new Xoshiro256StarStar(context.Random.NextUInt64()));
        return state.Spins.ToArray();
    }

    private static (double Mean, double MeanSquare) PairDistances(PatternSet random)
    {
        double sum = 0, sumSquares = 0;
        int pairs = 0;
        for (int a = 0; a < random.P; a++)
        {
            for (int b = a + 1; b < random.P; b++)
            {
                int d = Cues.HammingDistance(random.Pattern(a), random.Pattern(b));
                sum += d;
                sumSquares += (double)d * d;
                pairs++;
            }
        }

        return pairs == 0 ? (double.NaN, double.NaN) : (sum / pairs, sumSquares / pairs);
    }
}
