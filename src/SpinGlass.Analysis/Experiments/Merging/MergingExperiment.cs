using SpinGlass.Analysis.Statistics;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>
/// Runs a <see cref="MergingDefinition"/>: per trial, fresh random memories plus a near copy of memory 1 at exactly
/// the point's Hamming distance; memory 1 and the copy are each relaxed at T = 0 to a fixed point.
/// </summary>
/// <remarks>
/// Hopfield, PNAS 79, 2554 (1982), N = 100 with seven random memories and an eighth near one of them: "At a distance of
/// 30, both similar memories were usually stable. At a distance of 20, the minima were usually distinct but displaced.
/// At a distance of 10, the minima were often fused." Random pairs sit at 50 ± 5.
/// </remarks>
public sealed class MergingExperiment : LegacyPointExperiment<MergingDefinition, MergingTrial, MergingPointResult>
{
    /// <summary>Creates the experiment.</summary>
    public MergingExperiment(MergingDefinition definition)
        : base(definition, d => d.Distances.Count, d => d.Trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(definition.Memories, 2);
        if (definition.Distances.Any(d => d < 0 || d > definition.N))
        {
            throw new ArgumentException($"Distances must lie in [0, N = {definition.N}].", nameof(definition));
        }
    }

    /// <inheritdoc />
    public override double TrialCost(int point) => (double)Definition.N * Definition.Memories * 2;

    /// <inheritdoc />
    public override MergingTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        int n = Definition.N, last = Definition.Memories - 1, distance = Definition.Distances[point];
        var random = PatternSet.Random(n, last, rng);
        var data = new sbyte[n * Definition.Memories];
        for (int mu = 0; mu < last; mu++)
        {
            random.Pattern(mu).CopyTo(data.AsSpan(mu * n, n));
        }

        Cues.Flip(random.Pattern(0), (double)distance / n, rng).CopyTo(data.AsSpan(last * n, n));
        var patterns = new PatternSet(n, data);
        var network = new HopfieldNetwork(patterns, Definition.Coding);
        var fromFirst = Relax(network, patterns.Pattern(0), rng, cancellation);
        var fromCopy = Relax(network, patterns.Pattern(last), rng, cancellation);
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
    public override MergingPointResult CombineTrials(int point, IReadOnlyList<MergingTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var stable = TrialStatistics.Mean(trials, t => t.Outcome == MergingOutcome.BothStable ? 1 : 0);
        var displaced = TrialStatistics.Mean(trials, t => t.Outcome == MergingOutcome.Displaced ? 1 : 0);
        var fused = TrialStatistics.Mean(trials, t => t.Outcome == MergingOutcome.Fused ? 1 : 0);
        var final = TrialStatistics.Mean(trials, t => t.FinalDistance);
        var pair = TrialStatistics.Mean(trials, t => t.PairDistance);
        var pairSquare = TrialStatistics.Mean(trials, t => t.PairDistanceSquare);
        return new MergingPointResult(
            Definition.Distances[point], stable.Mean, stable.Error, displaced.Mean, displaced.Error, fused.Mean, fused.Error,
            final.Mean, final.Error, pair.Mean, pair.Error, pairSquare.Mean);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<MergingPointResult> points) => MergingReport.Create(Definition, points);

    private sbyte[] Relax(HopfieldNetwork network, ReadOnlySpan<sbyte> memory, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var state = network.CreateState(memory);
        // each relaxation gets its own stream, seeded from the trial stream
        Definition.Dynamics.Run(state, memory, double.PositiveInfinity, new Xoshiro256StarStar(rng.NextUInt64()), cancellation);
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
