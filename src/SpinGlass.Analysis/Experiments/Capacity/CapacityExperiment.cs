using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Analysis.Statistics;

namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>
/// Runs a <see cref="CapacityDefinition"/>: a fresh random pattern set per trial, recall of ξ¹ from ξ¹ itself (or a
/// noisy cue), overlap and exact-fixed-point statistics over trials, beside the replica-symmetric overlap.
/// </summary>
/// <remarks>
/// Amit, Gutfreund and Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985) and Ann. Phys. 173, 30 (1987): below
/// α_c = 0.138 the retrieval state survives with m ≈ 0.97 at T = 0; above it the overlap collapses.
/// </remarks>
public sealed class CapacityExperiment : PointExperiment<CapacityDefinition, CapacityTrial, CapacityPointResult>
{
    // one per worker thread: a trial's patterns never outlive it, so the next trial on the thread reuses their arrays
    [ThreadStatic]
    private static PatternBuffers? t_buffers;

    /// <summary>Creates the experiment.</summary>
    public CapacityExperiment(CapacityDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
    }

    /// <inheritdoc />
    public override double TrialCost(int point)
    {
        var p = Definition.Points[point];
        double sweeps = double.IsPositiveInfinity(p.Beta) ? 10 : Definition.Dynamics.Thermalize + Definition.Dynamics.Measure;
        return (double)p.N * p.P * sweeps;
    }

    /// <inheritdoc />
    public override CapacityTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.P, rng, t_buffers ??= new PatternBuffers());
        var network = new HopfieldNetwork(patterns, Definition.Coding);
        var target = patterns.Pattern(0);
        var state = network.CreateState(target);
        bool stable = MarkovChain.IsFixedPoint(state);
        if (Definition.StartNoise > 0)
        {
            state.SetSpins(Cues.Flip(target, Definition.StartNoise, rng));
        }

        var outcome = Definition.Dynamics.Run(state, target, p.Beta, rng, cancellation);
        return new CapacityTrial(outcome.Overlap, stable, outcome.Sweeps);
    }

    /// <inheritdoc />
    public override CapacityPointResult CombineTrials(int point, IReadOnlyList<CapacityTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var p = Definition.Points[point];
        var overlap = TrialStatistics.Mean(trials, t => t.Overlap);
        var success = TrialStatistics.Mean(trials, t => t.Overlap >= Definition.SuccessOverlap - 1e-12 ? 1 : 0);
        var errors = TrialStatistics.Mean(trials, t => (1 - t.Overlap) / 2);
        var retrieval = TrialStatistics.Mean(trials, t => t.Overlap >= Definition.RetrievalOverlap ? 1 : 0);
        var stable = TrialStatistics.Mean(trials, t => t.Stable ? 1 : 0);
        return new CapacityPointResult(
            p.N, p.Alpha, p.P, p.T, overlap.Mean, overlap.Error, success.Mean, success.Error, errors.Mean, errors.Error,
            stable.Mean, stable.Error, retrieval.Mean, retrieval.Error, TrialStatistics.Mean(trials, t => t.Sweeps).Mean,
            HopfieldTheory.RetrievalOverlap(p.Alpha, p.T));
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<CapacityPointResult> points) => CapacityReport.Create(Definition, points);
}
