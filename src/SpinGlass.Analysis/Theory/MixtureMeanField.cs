using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The α → 0 mean-field theory of the symmetric n-mixture states of the Hopfield model, <c>m_μ = m</c> for μ ≤ n and
/// <c>m_μ = 0</c> for μ &gt; n: the saddle point <c>m = ⟨ξ¹ tanh(β m z)⟩_ξ</c>, <c>z = Σ_{ν≤n} ξ^ν</c>, of the free
/// energy <c>f(m) = ½ Σ_μ m_μ² − (1/β)⟨ln 2cosh(β Σ_μ m_μ ξ^μ)⟩_ξ</c>, its energy and its stability. Every ξ-average
/// is the exact mean over the 2ⁿ sign patterns of the condensed patterns.
/// </summary>
/// <remarks>
/// D. J. Amit, H. Gutfreund &amp; H. Sompolinsky, Phys. Rev. A 32, 1007 (1985). Hebbian couplings
/// <c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>, finitely many patterns (α = p/N → 0). The symmetric solution branches off
/// m = 0 at T = 1 for every n (<c>⟨ξ¹ z⟩ = 1</c>); at T = 0 it is the state <c>sgn z</c> (with <c>sgn 0 = 0</c> for
/// even n). Odd mixtures are local minima below <see cref="StabilityTemperature"/> (AGS: T₃ ≈ 0.46, T₅ ≈ 0.385);
/// even ones never are.
/// </remarks>
public static class MixtureMeanField
{
    /// <summary>The largest mixture order n accepted (2ⁿ patterns are enumerated). It is 15.</summary>
    public const int MaxOrder = MixturePatterns.MaxOrder;

    // Grid step of the scan for the first loss of stability; the crossing is then refined by Brent's method.
    private const double ScanStep = 1.0 / 128;

    /// <summary>
    /// The T = 0 overlap <c>m_n = ⟨ξ¹ sgn(ξ¹ + … + ξⁿ)⟩_ξ</c>, counted exactly over the 2ⁿ patterns. For odd n it equals
    /// <c>2^{1−n} C(n − 1, (n − 1)/2)</c> (n = 3: ½, n = 5: 3/8); for even n, <c>2^{−n} C(n, n/2)</c>.
    /// </summary>
    /// <param name="n">Number of condensed patterns, <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. A 32, 1007 (1985).</remarks>
    public static double ZeroTemperatureOverlap(int n)
    {
        MixturePatterns.RequireOrder(n);
        return MixturePatterns.SignedCount(n) / (double)(1L << n);
    }

    /// <summary>
    /// The overlap m(T) of the symmetric n-mixture, the root m &gt; 0 of <c>m = ⟨ξ¹ tanh(β m z)⟩_ξ</c> (unique, the
    /// right side being concave in m): <see cref="ZeroTemperatureOverlap"/> at T = 0, falling to 0 at T = 1, and 0 for
    /// T ≥ 1. n = 1 is the pure state, <c>m = tanh(βm)</c>.
    /// </summary>
    /// <param name="n">Number of condensed patterns, <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</param>
    /// <param name="temperature">Temperature <c>T = 1/β ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. A 32, 1007 (1985).</remarks>
    public static double Overlap(int n, double temperature)
    {
        MixturePatterns.RequireOrder(n);
        TheoryGuards.RequireTemperature(temperature);
        double beta = 1 / temperature;
        if (double.IsPositiveInfinity(beta))
        {
            return ZeroTemperatureOverlap(n);
        }

        if (beta <= 1)
        {
            return 0;
        }

        // The gain ⟨ξ¹ tanh(βmz)⟩/m falls from β > 1 at m = 0; at m = 1 it is ≥ 1 only where m = 1 in double precision.
        double Excess(double m) => MixturePatterns.Gain(n, beta, m) - 1;
        return Excess(1) >= 0 ? 1 : RootSearch.Find(Excess, 0, 1, 1e-15);
    }

    /// <summary>
    /// The free energy per spin <c>f = (n/2) m² − (1/β)⟨ln 2cosh(β m z)⟩_ξ</c> at the saddle point m(T):
    /// <c>−(n/2) m_n²</c> at T = 0 and <c>−T ln 2</c> for T ≥ 1.
    /// </summary>
    /// <param name="n">Number of condensed patterns, <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</param>
    /// <param name="temperature">Temperature <c>T ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. A 32, 1007 (1985).</remarks>
    public static double FreeEnergy(int n, double temperature)
    {
        double m = Overlap(n, temperature);
        return (0.5 * n * m * m) - MixturePatterns.LogCoshOverBeta(n, 1 / temperature, m);
    }

    /// <summary>
    /// The energy per spin <c>u = ∂(βf)/∂β = −(n/2) m²</c> at the saddle point (α → 0): −0.5 for the pure state and
    /// <c>−(n/2) m_n²</c> at T = 0 (n = 3: −0.375).
    /// </summary>
    /// <param name="n">Number of condensed patterns, <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</param>
    /// <param name="temperature">Temperature <c>T ≥ 0</c>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. A 32, 1007 (1985).</remarks>
    public static double Energy(int n, double temperature)
    {
        double m = Overlap(n, temperature);
        return -0.5 * n * m * m;
    }

    /// <summary>
    /// The eigenvalues of the Hessian <c>A_μν = ∂²f/∂m_μ∂m_ν = δ_μν − β⟨(1 − tanh²(β m z)) ξ^μ ξ^ν⟩_ξ</c> at the
    /// symmetric n-mixture, smallest first: the n eigenvalues of the condensed block (μ, ν ≤ n), then once the
    /// eigenvalue <c>1 − β⟨1 − tanh²(β m z)⟩</c> of every non-condensed direction ρ &gt; n (that block is diagonal and
    /// decoupled, since ξ^ρ averages out). In AGS notation, with <c>q = ⟨tanh²⟩</c>, <c>Q = ⟨ξ¹ξ² tanh²⟩</c>, the
    /// values are <c>1 − β(1 − q) + (n − 1)βQ</c>, <c>1 − β(1 − q) − βQ</c> (n − 1 times) and <c>1 − β(1 − q)</c>.
    /// The state is a local minimum of f when all are positive. At T = 0 a direction is −∞ where zero fields
    /// (<c>z = 0</c>, even n) make the curvature diverge and 1 otherwise; for T ≥ 1 (m = 0) all equal <c>1 − β</c>.
    /// </summary>
    /// <param name="n">Number of condensed patterns, <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</param>
    /// <param name="temperature">Temperature <c>T ≥ 0</c>.</param>
    /// <returns>n + 1 eigenvalues in ascending order.</returns>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. A 32, 1007 (1985).</remarks>
    public static double[] HessianEigenvalues(int n, double temperature)
    {
        double m = Overlap(n, temperature), beta = 1 / temperature;
        var (condensed, transverse) = MixturePatterns.Curvature(n, beta, m);
        var spectrum = Matrix<double>.Build.DenseOfArray(condensed).Evd(Symmetricity.Symmetric).EigenValues;
        var eigenvalues = new double[n + 1];
        for (int i = 0; i < n; i++)
        {
            eigenvalues[i] = MixturePatterns.Eigenvalue(spectrum[i].Real, beta);
        }

        eigenvalues[n] = MixturePatterns.Eigenvalue(transverse, beta);
        Array.Sort(eigenvalues);
        return eigenvalues;
    }

    /// <summary>
    /// The temperature <c>T_n</c> below which the symmetric n-mixture is a local minimum of f: the lowest T where the
    /// smallest <see cref="HessianEigenvalues"/> crosses 0 (a scan in steps of 1/128, refined by Brent's method).
    /// AGS: T₃ ≈ 0.46, T₅ ≈ 0.385; 1 for the pure state (stable wherever it exists); NaN when the mixture is unstable
    /// already at T = 0, as every even mixture is.
    /// </summary>
    /// <param name="n">Number of condensed patterns, <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</param>
    /// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. A 32, 1007 (1985).</remarks>
    public static double StabilityTemperature(int n)
    {
        double Smallest(double t) => HessianEigenvalues(n, t)[0];
        if (!(Smallest(0) > 0))
        {
            return double.NaN;
        }

        for (double lo = 0, hi = ScanStep; hi < 1; lo = hi, hi += ScanStep)
        {
            if (Smallest(hi) <= 0)
            {
                return RootSearch.Find(Smallest, lo, hi, 1e-12);
            }
        }

        return 1;
    }
}
