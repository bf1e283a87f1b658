namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The two nontrivial Metropolis acceptance probabilities of the square lattice at h = 0, <c>p₄ = e^{−4β|J|}</c>
/// (one anti-aligned neighbour) and <c>p₈ = e^{−8β|J|}</c> (none), as 0.64 fixed-point numbers for the bitwise
/// Bernoulli draw, with masks for the exact cases p = 1 (flip always) and p = 0 (never).
/// </summary>
/// <param name="P4">⌊p₄·2⁶⁴⌋ (unused when p₄ ∈ {0, 1}).</param>
/// <param name="P8">⌊p₈·2⁶⁴⌋ (unused when p₈ ∈ {0, 1}).</param>
/// <param name="Always4">All ones when p₄ = 1.</param>
/// <param name="Always8">All ones when p₈ = 1.</param>
/// <param name="Draw4">All ones when 0 &lt; p₄ &lt; 1 (a random draw is needed).</param>
/// <param name="Draw8">All ones when 0 &lt; p₈ &lt; 1.</param>
internal readonly record struct MultispinAcceptance(ulong P4, ulong P8, ulong Always4, ulong Always8, ulong Draw4, ulong Draw8)
{
    public static MultispinAcceptance For(double betaAbsJ)
    {
        var (p4, a4, d4) = Fixed(4, betaAbsJ);
        var (p8, a8, d8) = Fixed(8, betaAbsJ);
        return new MultispinAcceptance(p4, p8, a4, a8, d4, d8);
    }

    /// <summary>Bit <paramref name="t"/> (0 = most significant) of a fixed-point probability, as an all-ones or all-zeros mask.</summary>
    public static ulong BitMask(ulong p, int t) => 0UL - ((p >> (63 - t)) & 1);

    /// <summary>
    /// <c>e^{−energy·β|J|}</c> as a 0.64 fixed-point number with its always and draw masks (shared with
    /// <see cref="CubicAcceptance"/>).
    /// </summary>
    internal static (ulong P, ulong Always, ulong Draw) Fixed(double energy, double betaAbsJ)
    {
        // β|J| = 0 (J = 0, or β = 0) accepts everything; this also avoids ∞·0 when β = ∞ and J = 0.
        double p = betaAbsJ == 0 ? 1 : Math.Exp(-energy * betaAbsJ);
        if (p >= 1)
        {
            return (0, ulong.MaxValue, 0);
        }

        // p·2⁶⁴ is exact in binary floating point; the conversion truncates, so the draw is exact to 2⁻⁶⁴.
        ulong bits = (ulong)Math.ScaleB(p, 64);
        return bits == 0 ? (0UL, 0UL, 0UL) : (bits, 0UL, ulong.MaxValue);
    }
}
