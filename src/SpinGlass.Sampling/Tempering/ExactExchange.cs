using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tempering;

/// <summary>The exact exchange rule: swap with probability <c>min(1, e^Δ)</c>, <c>Δ = (β_k − β_{k+1})(E_k − E_{k+1})</c>.</summary>
/// <remarks>
/// Detailed balance of the product measure <c>Π_k e^{−β_k E(s_k)}</c> under the swap of two configurations:
/// Hukushima and Nemoto, J. Phys. Soc. Jpn. 65, 1604 (1996); Swendsen and Wang, Phys. Rev. Lett. 57, 2607 (1986).
/// A draw is made only when <c>Δ &lt; 0</c>.
/// </remarks>
public readonly struct ExactExchange : IExchangeRule
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Accept(double logRatio, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        return logRatio >= 0 || rng.NextDouble() < Math.Exp(logRatio);
    }
}
