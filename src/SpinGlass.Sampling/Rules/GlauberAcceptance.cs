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
    public static bool Accept(double cost, double beta, Xoshiro256StarStar rng) => rng.NextDouble() < Probability(cost, beta);

    /// <summary>The flip probability <c>1/(1 + e^{βΔE})</c> exactly as <see cref="Accept"/> computes it (one draw is compared with it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Probability(double cost, double beta) => 1 / (1 + Math.Exp(cost == 0 ? 0 : beta * cost));
}
