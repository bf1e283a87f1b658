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

        return !double.IsPositiveInfinity(beta) && rng.NextDouble() < Math.Exp(-beta * cost);
    }
}
