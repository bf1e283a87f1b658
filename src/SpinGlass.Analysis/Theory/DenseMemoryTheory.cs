using MathNet.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// Signal-to-noise theory of the dense associative memory <c>E = −Σ_μ F(ξ^μ·s)</c> with <c>F(x) = xⁿ</c>,
/// K random patterns of N bits, at a stored pattern.
/// </summary>
/// <remarks>
/// Krotov &amp; Hopfield, NIPS 29 (2016), "Dense associative memory for pattern recognition". The update of bit i,
/// <c>Σ_μ [F(ξ^μ_i + x_μ) − F(−ξ^μ_i + x_μ)]</c> with <c>x_μ = Σ_{j≠i} ξ^μ_j s_j</c>, has signal
/// <c>≈ 2n N^{n−1}</c> from the pattern itself and, from each of the other ≈ K patterns, a term
/// <c>≈ 2n ξ^ν_i x_ν^{n−1}</c> with <c>x_ν</c> a sum of N random signs, <c>⟨x_ν^{2n−2}⟩ ≈ (2n−3)!! N^{n−1}</c>.
/// The crosstalk is therefore Gaussian with variance <c>4n² K (2n−3)!! N^{n−1}</c> and the squared signal-to-noise
/// ratio is <c>N^{n−1}/(K (2n−3)!!)</c>. Leading order in large N; K rather than K − 1 noise patterns.
/// The rectified polynomial (<c>F(x) = xⁿ</c> for <c>x ≥ 0</c>, else 0) has the same signal and half the crosstalk
/// variance (<see cref="RectifiedPerBitError"/>).
/// </remarks>
public static class DenseMemoryTheory
{
    /// <summary>
    /// The share of the K patterns whose crosstalk reaches a bit of a stored pattern under the rectified polynomial: ½,
    /// the patterns with a positive overlap; every formula of <c>F(x) = xⁿ</c> holds for it at K·½.
    /// </summary>
    /// <remarks>See <see cref="RectifiedPerBitError"/> and docs/physics.md, "Dense associative memory".</remarks>
    public const double RectifiedCrosstalkShare = 0.5;

    /// <summary>
    /// The per-bit error as the Gaussian tail, <c>P = ½ erfc(√(N^{n−1}/(2K(2n−3)!!)))</c>.
    /// </summary>
    /// <remarks>See the class remarks for the signal-to-noise ratio; Krotov &amp; Hopfield, NIPS 29 (2016).</remarks>
    /// <param name="degree">The power n ≥ 2 of <c>F(x) = xⁿ</c>.</param>
    /// <param name="neurons">The number of bits N &gt; 1.</param>
    /// <param name="patterns">The number of stored patterns K &gt; 0.</param>
    public static double PerBitErrorGaussian(int degree, double neurons, double patterns)
    {
        Validate(degree, neurons, patterns);
        return 0.5 * SpecialFunctions.Erfc(Math.Sqrt(Exponent(degree, neurons, patterns)));
    }

    /// <summary>
    /// The per-bit error in Krotov–Hopfield's asymptotic form,
    /// <c>P ≈ √((2n−3)!!/(2π) · K/N^{n−1}) · exp(−N^{n−1}/(2K(2n−3)!!))</c>; N = 100, n = 3, K = 361 gives ≈ 1.3·10⁻³.
    /// </summary>
    /// <remarks>
    /// The large-argument expansion <c>½ erfc(x) ≈ e^{−x²}/(2x√π)</c> of <see cref="PerBitErrorGaussian"/> with
    /// <c>x² = N^{n−1}/(2K(2n−3)!!)</c>; it overestimates the tail by the factor <c>≈ 1 + 1/(2x²)</c>.
    /// Krotov &amp; Hopfield, NIPS 29 (2016).
    /// </remarks>
    /// <param name="degree">The power n ≥ 2 of <c>F(x) = xⁿ</c>.</param>
    /// <param name="neurons">The number of bits N &gt; 1.</param>
    /// <param name="patterns">The number of stored patterns K &gt; 0.</param>
    public static double PerBitError(int degree, double neurons, double patterns)
    {
        Validate(degree, neurons, patterns);
        double x2 = Exponent(degree, neurons, patterns);
        return Math.Exp(-x2) / (2 * Math.Sqrt(Math.PI * x2));
    }

    /// <summary>
    /// The per-bit error of the rectified polynomial <c>F(x) = xⁿ</c> (x ≥ 0, else 0) in the same asymptotic form:
    /// <see cref="PerBitError"/> at <c>K/2</c>, <c>P ≈ √((2n−3)!!/(2π) · K/(2N^{n−1})) · exp(−N^{n−1}/(K(2n−3)!!))</c>.
    /// </summary>
    /// <remarks>
    /// Signal-to-noise at <c>s = ξ¹</c>: bit i flips when <c>Σ_μ σ_μ g(x_μ) &lt; 0</c>, <c>σ_μ = ξ^μ_i ξ^1_i</c>,
    /// <c>x_μ = Σ_{j≠i} ξ^μ_j ξ^1_j</c>, <c>g(x) = F(x+1) − F(x−1)</c>. The signal (μ = 1, both arguments positive) is
    /// <c>Nⁿ − (N−2)ⁿ ≈ 2n N^{n−1}</c>, as for <c>xⁿ</c>. Each other pattern adds <c>σ_μ g(x_μ)</c> with a random sign
    /// independent of <c>x_μ</c> (a sum of N − 1 random signs, ≈ Gaussian of variance N): mean 0, variance
    /// <c>⟨g²⟩ ≈ 4n² ⟨x^{2n−2}; x &gt; 0⟩ = 2n² (2n−3)!! N^{n−1}</c>, half that of <c>xⁿ</c>, because
    /// <c>g(x) = 0</c> for <c>x ≤ −1</c>: only the patterns with a positive overlap speak. The squared signal-to-noise
    /// ratio is therefore <c>2N^{n−1}/(K(2n−3)!!)</c>, the polynomial's at K/2. Derivation in docs/physics.md, "Dense
    /// associative memory"; the form of Krotov &amp; Hopfield, NIPS 29 (2016).
    /// </remarks>
    /// <param name="degree">The power n ≥ 2.</param>
    /// <param name="neurons">The number of bits N &gt; 1.</param>
    /// <param name="patterns">The number of patterns K &gt; 0.</param>
    public static double RectifiedPerBitError(int degree, double neurons, double patterns)
    {
        Validate(degree, neurons, patterns);
        return PerBitError(degree, neurons, RectifiedCrosstalkShare * patterns);
    }

    /// <summary>
    /// The error-free capacity <c>K ≈ N^{n−1}/(2(2n−3)!! ln N)</c>; n = 2 gives McEliece's <c>N/(2 ln N)</c>.
    /// </summary>
    /// <remarks>
    /// Requiring all N bits to be stable, <c>N·P → 0</c>, sets <c>exp(−N^{n−1}/(2K(2n−3)!!)) ~ 1/N</c> to leading
    /// order. Krotov &amp; Hopfield, NIPS 29 (2016); McEliece et al., IEEE Trans. Inf. Theory 33, 461 (1987).
    /// </remarks>
    /// <param name="degree">The power n ≥ 2 of <c>F(x) = xⁿ</c>.</param>
    /// <param name="neurons">The number of bits N &gt; 1.</param>
    public static double ErrorFreeCapacity(int degree, double neurons)
    {
        Validate(degree, neurons, 1);
        return Math.Pow(neurons, degree - 1) / (2 * DoubleFactorial(2 * degree - 3) * Math.Log(neurons));
    }

    /// <summary>
    /// The number of patterns at which the Gaussian per-bit error reaches P, <c>K_max = α_n N^{n−1}</c> with
    /// <c>α_n = 1/(2(2n−3)!! [erfc⁻¹(2P)]²)</c>.
    /// </summary>
    /// <remarks>
    /// The inverse of <see cref="PerBitErrorGaussian"/> in K. Krotov &amp; Hopfield (NIPS 29, 2016) write
    /// <c>K_max = α_n N^{n−1}</c> with α_n depending on the tolerated error; this is that coefficient within the
    /// Gaussian signal-to-noise theory, not a value quoted from the paper.
    /// </remarks>
    /// <param name="degree">The power n ≥ 2 of <c>F(x) = xⁿ</c>.</param>
    /// <param name="neurons">The number of bits N &gt; 1.</param>
    /// <param name="error">The tolerated per-bit error, <c>0 &lt; P &lt; ½</c>.</param>
    public static double CapacityAtError(int degree, double neurons, double error)
    {
        Validate(degree, neurons, 1);
        if (!(error > 0 && error < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(error), error, "The tolerated per-bit error must lie in (0, ½).");
        }

        double x = SpecialFunctions.ErfcInv(2 * error);
        return Math.Pow(neurons, degree - 1) / (2 * DoubleFactorial(2 * degree - 3) * x * x);
    }

    /// <summary><c>x² = N^{n−1}/(2K(2n−3)!!)</c>, half the squared signal-to-noise ratio.</summary>
    private static double Exponent(int degree, double neurons, double patterns) =>
        Math.Pow(neurons, degree - 1) / (2 * patterns * DoubleFactorial(2 * degree - 3));

    private static double DoubleFactorial(int k)
    {
        double product = 1;
        for (int j = k; j > 1; j -= 2)
        {
            product *= j;
        }

        return product;
    }

    private static void Validate(int degree, double neurons, double patterns)
    {
        if (degree < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(degree), degree, "The power n of F(x) = xⁿ must be at least 2.");
        }

        if (!(neurons > 1 && double.IsFinite(neurons)))
        {
            throw new ArgumentOutOfRangeException(nameof(neurons), neurons, "The number of bits N must be finite and above 1.");
        }

        if (!(patterns > 0 && double.IsFinite(patterns)))
        {
            throw new ArgumentOutOfRangeException(nameof(patterns), patterns, "The number of patterns K must be finite and positive.");
        }
    }
}
