using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Rules;

/// <summary>
/// Heat bath (Glauber): flip with <c>1/(1 + e^{βΔE})</c>. ΔE = 0 flips with ½ at every β, including β = ∞
/// (where <c>β·ΔE</c> would be NaN).
/// </summary>
/// <remarks>Glauber, J. Math. Phys. 4, 294 (1963).</remarks>
public readonly struct GlauberAcceptance : IAcceptance
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Accept(double cost, double beta, Xoshiro256StarStar rng)
    {
        double x = cost == 0 ? 0 : beta * cost;
        return rng.NextDouble() < 1 / (1 + Math.Exp(x));
    }
}
