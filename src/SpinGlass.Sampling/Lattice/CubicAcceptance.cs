namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The three nontrivial Metropolis acceptance probabilities of the simple cubic lattice at h = 0: a site with u
/// unsatisfied bonds among its six has <c>ΔE = 4|J|(3 − u)</c>, so u ≥ 3 always flips and u = 2, 1, 0 flip with
/// <c>p₄ = e^{−4β|J|}</c>, <c>p₈ = e^{−8β|J|}</c>, <c>p₁₂ = e^{−12β|J|}</c>, held as 0.64 fixed-point numbers for the
/// bitwise Bernoulli draw, with masks for the exact cases p = 1 (flip always) and p = 0 (never).
/// </summary>
/// <param name="P4">⌊p₄·2⁶⁴⌋ (unused when p₄ ∈ {0, 1}).</param>
/// <param name="P8">⌊p₈·2⁶⁴⌋ (unused when p₈ ∈ {0, 1}).</param>
/// <param name="P12">⌊p₁₂·2⁶⁴⌋ (unused when p₁₂ ∈ {0, 1}).</param>
/// <param name="Always4">All ones when p₄ = 1.</param>
/// <param name="Always8">All ones when p₈ = 1.</param>
/// <param name="Always12">All ones when p₁₂ = 1.</param>
/// <param name="Draw4">All ones when 0 &lt; p₄ &lt; 1 (a random draw is needed).</param>
/// <param name="Draw8">All ones when 0 &lt; p₈ &lt; 1.</param>
/// <param name="Draw12">All ones when 0 &lt; p₁₂ &lt; 1.</param>
internal readonly record struct CubicAcceptance(
    ulong P4, ulong P8, ulong P12, ulong Always4, ulong Always8, ulong Always12, ulong Draw4, ulong Draw8, ulong Draw12)
{
    public static CubicAcceptance For(double betaAbsJ)
    {
        var (p4, a4, d4) = MultispinAcceptance.Fixed(4, betaAbsJ);
        var (p8, a8, d8) = MultispinAcceptance.Fixed(8, betaAbsJ);
        var (p12, a12, d12) = MultispinAcceptance.Fixed(12, betaAbsJ);
        return new CubicAcceptance(p4, p8, p12, a4, a8, a12, d4, d8, d12);
    }

    /// <summary>Bit <paramref name="t"/> (0 = most significant) of a fixed-point probability, as an all-ones or all-zeros mask.</summary>
    public static ulong BitMask(ulong p, int t) => MultispinAcceptance.BitMask(p, t);

    /// <summary>
    /// The lanes that flip for sure (u ≥ 3, or p = 1) given the unsatisfied-bond count classes, and the lanes that need
    /// a draw against p₄ (u = 2), p₈ (u = 1) and p₁₂ (u = 0).
    /// </summary>
    public ulong Sure(ulong ge3, ulong eq2, ulong eq1, ulong eq0) => ge3 | (eq2 & Always4) | (eq1 & Always8) | (eq0 & Always12);
}
