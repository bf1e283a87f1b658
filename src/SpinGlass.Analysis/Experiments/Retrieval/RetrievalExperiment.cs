using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Analysis.Statistics;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>Runs a <see cref="RetrievalDefinition"/>: noise robustness of associative recall.</summary>
/// <remarks>Hopfield, PNAS 79, 2554 (1982); the seeds' letter experiment (A–E in N = 100).</remarks>
public sealed class RetrievalExperiment : LegacyPointExperiment<RetrievalDefinition, RetrievalTrial, RetrievalPointResult>
{
    /// <summary>Creates the experiment.</summary>
    public RetrievalExperiment(RetrievalDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
    }

    /// <inheritdoc />
    public override double TrialCost(int point)
    {
        var p = Definition.Points[point];
        return (double)p.N * p.P * (double.IsPositiveInfinity(p.Beta) ? 5 : Definition.Dynamics.Thermalize + Definition.Dynamics.Measure);
    }

    /// <inheritdoc />
    public override RetrievalTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = Definition.Images?.Patterns ?? PatternSet.Random(p.N, p.P, rng);
        int target = Definition.Images is null ? 0 : trial % patterns.P;
        var network = new HopfieldNetwork(patterns, Definition.Coding);
        var pattern = patterns.Pattern(target);
        var cue = Definition.Erase ? Cues.Mask(pattern, p.Noise) : Cues.Flip(pattern, p.Noise, rng);
        var state = network.CreateState(cue);
        var outcome = Definition.Dynamics.Run(state, pattern, p.Beta, rng, cancellation);
        int hamming = Cues.HammingDistance(state.Spins, pattern);
        bool example = Definition.Images is not null && trial < patterns.P;
        return new RetrievalTrial(target, outcome.Overlap, hamming, outcome.Sweeps, example ? cue : null, example ? state.Spins.ToArray() : null);
    }

    /// <inheritdoc />
    public override RetrievalPointResult CombineTrials(int point, IReadOnlyList<RetrievalTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var p = Definition.Points[point];
        var success = TrialStatistics.Mean(trials, t => t.Overlap >= Definition.SuccessOverlap - 1e-12 ? 1 : 0);
        var overlap = TrialStatistics.Mean(trials, t => t.Overlap);
        var hamming = TrialStatistics.Mean(trials, t => t.Hamming);
        return new RetrievalPointResult(
            p.N, p.P, p.Noise, p.T, success.Mean, success.Error, overlap.Mean, overlap.Error, hamming.Mean, hamming.Error,
            TrialStatistics.Mean(trials, t => t.Sweeps).Mean, [.. trials.Where(t => t.Cue is not null)]);
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<RetrievalPointResult> points) => RetrievalReport.Create(Definition, points);
}
