using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// Runs a <see cref="DenseDefinition"/>: a fresh random pattern set per trial; the per-bit error at ξ¹ (bits i with
/// flip cost ΔE_i &lt; 0 at s = ξ¹, over N); then recall of ξ¹ from ξ¹ itself (or a noisy cue).
/// </summary>
/// <remarks>
/// Krotov and Hopfield, NIPS 29 (2016): with <c>F(x) = xⁿ</c> the per-bit error is
/// <c>P ≈ √((2n−3)!!/(2π) · K/N^{n−1}) · exp(−N^{n−1}/(2K(2n−3)!!))</c>, and the capacity grows as <c>N^{n−1}</c>;
/// Demircigil et al., J. Stat. Phys. 168, 288 (2017).
/// </remarks>
public sealed class DenseExperiment : LegacyPointExperiment<DenseDefinition, DenseTrial, DensePointResult>
{
    /// <summary>Creates the experiment.</summary>
    public DenseExperiment(DenseDefinition definition)
        : base(definition, d => d.Points.Count, d => d.Trials)
    {
    }

    /// <inheritdoc />
    public override double TrialCost(int point)
    {
        var p = Definition.Points[point];
        double sweeps = double.IsPositiveInfinity(p.Beta) ? 10 : Definition.Dynamics.Thermalize + Definition.Dynamics.Measure;
        return (double)p.N * p.K * (sweeps + 1);
    }

    /// <inheritdoc />
    public override DenseTrial RunTrial(int point, int trial, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        var p = Definition.Points[point];
        var patterns = PatternSet.Random(p.N, p.K, rng);
        var memory = new DenseAssociativeMemory(patterns, p.Interaction, p.Power);
        var target = patterns.Pattern(0);
        var state = (DenseAssociativeMemoryState)memory.CreateState(target);
        int unstable = 0;
        for (int i = 0; i < p.N; i++)
        {
            if (state.FlipCost(i) < 0)
            {
                unstable++;
            }
        }

        if (Definition.StartNoise > 0)
        {
            state.SetSpins(Cues.Flip(target, Definition.StartNoise, rng));
        }

        var outcome = Definition.Dynamics.Run(state, target, p.Beta, rng, cancellation);
        bool success = state.Spins.SequenceEqual(target);
        return new DenseTrial((double)unstable / p.N, success, outcome.Overlap, outcome.Sweeps);
    }

    /// <inheritdoc />
    public override DensePointResult CombineTrials(int point, IReadOnlyList<DenseTrial> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var p = Definition.Points[point];
        var success = TrialStatistics.Mean(trials, t => t.Success ? 1 : 0);
        var bitErrors = TrialStatistics.Mean(trials, t => t.BitErrorRate);
        var overlap = TrialStatistics.Mean(trials, t => t.Overlap);
        return new DensePointResult(
            p.N, p.Interaction, p.Power, p.K, p.T, success.Mean, success.Error, bitErrors.Mean, bitErrors.Error,
            overlap.Mean, overlap.Error, Theory(p.Interaction, p.Power, p.N, p.K));
    }

    /// <inheritdoc />
    public override ExperimentOutput Finish(IReadOnlyList<DensePointResult> points) => DenseReport.Create(Definition, points);

    /// <summary>
    /// The Krotov–Hopfield per-bit error for <c>F(x) = xⁿ</c>, capped at ½ (its large-K asymptotic form exceeds ½
    /// where it no longer applies); NaN for the other interactions.
    /// </summary>
    public static double Theory(Interaction interaction, int power, int n, double k) =>
        interaction == Interaction.Polynomial ? Math.Min(DenseMemoryTheory.PerBitError(power, n, k), 0.5) : double.NaN;
}
