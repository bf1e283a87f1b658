using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Rules;

/// <summary>Metropolis: accept with <c>min(1, e^{−βΔE})</c>; ΔE ≤ 0 always, ΔE &gt; 0 never at β = ∞.</summary>
/// <remarks>Metropolis, Rosenbluth, Rosenbluth, Teller and Teller, J. Chem. Phys. 21, 1087 (1953).</remarks>
public readonly struct MetropolisAcceptance : IAcceptance
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Accept(double cost, double beta, Xoshiro256StarStar rng)
    {
        if (cost <= 0)
        {
            return true;
        }

        return !double.IsPositiveInfinity(beta) && rng.NextDouble() < Probability(cost, beta);
    }

    /// <summary>
    /// <c>e^{−βΔE}</c> exactly as <see cref="Accept"/> computes it for ΔE &gt; 0 and β &lt; ∞, the cases in which it draws.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Probability(double cost, double beta) => Math.Exp(-beta * cost);
}
