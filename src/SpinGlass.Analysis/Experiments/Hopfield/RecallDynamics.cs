using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Hopfield;

/// <summary>
/// How a Hopfield experiment lets the network recall: at T = 0, sweeps until a fixed point or
/// <see cref="MaxSweeps"/>; at T &gt; 0, <see cref="Thermalize"/> sweeps, then the overlap with the target is
/// averaged over <see cref="Measure"/> sweeps (one measurement per sweep).
/// </summary>
/// <param name="Rule">Update rule (zero-temperature needs T = 0).</param>
/// <param name="Order">Site order of asynchronous rules.</param>
/// <param name="MaxSweeps">Sweep limit of the T = 0 relaxation.</param>
/// <param name="Thermalize">Sweeps before measuring at T &gt; 0.</param>
/// <param name="Measure">Sweeps measured at T &gt; 0.</param>
public sealed record RecallDynamics(UpdateRule Rule, SiteOrder Order, int MaxSweeps, int Thermalize, int Measure)
{
    /// <summary>Runs the recall of <paramref name="target"/> from <paramref name="state"/> at inverse temperature β.</summary>
    /// <returns>The outcome; <paramref name="state"/> holds the final configuration.</returns>
    public RecallOutcome Run(ISpinState state, ReadOnlySpan<sbyte> target, double beta, Xoshiro256StarStar rng, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(state);
        var chain = new MarkovChain(state, new Dynamics(Rule, beta, Order), rng);
        if (double.IsPositiveInfinity(beta) || Rule == UpdateRule.ZeroTemperature)
        {
            var relaxation = chain.RunToFixedPoint(MaxSweeps, cancellation);
            return new RecallOutcome(Overlap(state.Spins, target), relaxation.Sweeps, relaxation.Converged);
        }

        double sum = 0;
        var targetCopy = target.ToArray();
        new RunProtocol(Thermalize, Measure).Run(chain, () => sum += Overlap(state.Spins, targetCopy), cancellation);
        return new RecallOutcome(sum / Measure, Thermalize + Measure, false);
    }

    /// <summary>The overlap <c>m = (1/N) Σ_i ξ_i s_i</c>.</summary>
    public static double Overlap(ReadOnlySpan<sbyte> spins, ReadOnlySpan<sbyte> pattern)
    {
        int sum = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            sum += spins[i] * pattern[i];
        }

        return (double)sum / spins.Length;
    }
}
