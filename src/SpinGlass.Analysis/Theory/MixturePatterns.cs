using System.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// Exact averages over the <c>2ⁿ</c> equally likely sign patterns <c>ξ = (ξ¹, …, ξⁿ)</c> of the condensed patterns at
/// a symmetric mixture <c>m_μ = m</c> (μ ≤ n), where the local field is <c>β m z</c>, <c>z = Σ_{ν≤n} ξ^ν</c>.
/// Pattern k has <c>ξ^μ = −1</c> exactly where bit μ of k is set.
/// </summary>
/// <remarks>
/// D. J. Amit, H. Gutfreund &amp; H. Sompolinsky, Phys. Rev. A 32, 1007 (1985). Every integrand is written through
/// <c>e^{−2β m|z|}</c>, so β = ∞ and large βm lose no digits and never form ∞·0.
/// </remarks>
internal static class MixturePatterns
{
    /// <summary>The largest mixture order handled: <c>2ⁿ n²</c> terms per Hessian stay cheap.</summary>
    public const int MaxOrder = 15;

    /// <summary><c>Σ_ξ ξ¹ sgn z</c> over all 2ⁿ patterns, in exact integer arithmetic (<c>sgn 0 = 0</c>).</summary>
    public static long SignedCount(int n)
    {
        long sum = 0;
        for (int k = 0; k < 1 << n; k++)
        {
            sum += First(k) * Math.Sign(Field(n, k));
        }

        return sum;
    }

    /// <summary>
    /// The gain <c>⟨ξ¹ tanh(β m z)⟩/m = β⟨ξ¹ z τ(β m z)⟩</c>, <c>τ(x) = tanh(x)/x</c>; its limit β at m = 0. It
    /// decreases in m (τ decreases in |x|), so <c>gain = 1</c> has at most one root m &gt; 0. Finite β only.
    /// </summary>
    public static double Gain(int n, double beta, double m)
    {
        double sum = 0;
        for (int k = 0; k < 1 << n; k++)
        {
            int z = Field(n, k);
            sum += First(k) * z * TanhOverX(beta * m * z);
        }

        return beta * sum / (1 << n);
    }

    /// <summary><c>(1/β)⟨ln 2cosh(β m z)⟩ = m⟨|z|⟩ + (1/β)⟨ln(1 + e^{−2β m|z|})⟩</c>; <c>m⟨|z|⟩</c> at β = ∞.</summary>
    public static double LogCoshOverBeta(int n, double beta, double m)
    {
        double abs = 0, rest = 0;
        for (int k = 0; k < 1 << n; k++)
        {
            double x = m * Math.Abs(Field(n, k));
            abs += x;
            rest += double.IsPositiveInfinity(beta) ? 0 : Math.Log(1 + Math.Exp(-2 * beta * x)) / beta;
        }

        return (abs + rest) / (1 << n);
    }

    /// <summary>
    /// The curvature <c>K_μν = β⟨sech²(β m z) ξ^μ ξ^ν⟩</c> (μ, ν ≤ n) and <c>κ = β⟨sech²(β m z)⟩</c>, with
    /// <c>sech² = 1 − tanh²</c>. At β = ∞ every weight <c>β sech²(β m z)</c> is 0 where <c>m z ≠ 0</c> and diverges
    /// where <c>m z = 0</c>; there the weight 1 is used instead, so a positive eigenvalue of K (or κ &gt; 0) marks a
    /// direction whose curvature is <c>+∞</c>.
    /// </summary>
    public static (double[,] Condensed, double Transverse) Curvature(int n, double beta, double m)
    {
        var k2 = new double[n, n];
        double transverse = 0, norm = 1.0 / (1 << n);
        for (int k = 0; k < 1 << n; k++)
        {
            double x = m * Field(n, k);
            double weight = double.IsPositiveInfinity(beta) ? (x == 0 ? 1 : 0) : beta * Sech2(beta * x);
            if (weight == 0)
            {
                continue;
            }

            transverse += weight;
            for (int mu = 0; mu < n; mu++)
            {
                for (int nu = 0; nu < n; nu++)
                {
                    k2[mu, nu] += ((k >> mu) & 1) == ((k >> nu) & 1) ? weight * norm : -weight * norm;
                }
            }
        }

        return (k2, transverse * norm);
    }

    /// <summary>
    /// The Hessian eigenvalue <c>1 − k</c> for a curvature eigenvalue k of <see cref="Curvature"/>; at β = ∞, −∞ where
    /// k &gt; 0 (a divergent curvature) and 1 otherwise.
    /// </summary>
    public static double Eigenvalue(double k, double beta) =>
        !double.IsPositiveInfinity(beta) ? 1 - k : k > 1e-12 ? double.NegativeInfinity : 1;

    /// <summary>Accepts a mixture order <c>1 ≤ n ≤ </c><see cref="MaxOrder"/>.</summary>
    public static void RequireOrder(int n)
    {
        if (n is < 1 or > MaxOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, $"The mixture order must lie in [1, {MaxOrder}].");
        }
    }

    /// <summary><c>z = Σ_{ν≤n} ξ^ν</c> of pattern k.</summary>
    private static int Field(int n, int k) => n - (2 * BitOperations.PopCount((uint)k));

    /// <summary><c>ξ¹</c> of pattern k.</summary>
    private static int First(int k) => (k & 1) == 0 ? 1 : -1;

    /// <summary><c>sech² x = 4e/(1 + e)²</c>, <c>e = e^{−2|x|}</c>.</summary>
    private static double Sech2(double x)
    {
        double e = Math.Exp(-2 * Math.Abs(x));
        return 4 * e / ((1 + e) * (1 + e));
    }

    /// <summary><c>tanh(x)/x</c>, by its Taylor series <c>1 − x²/3 + 2x⁴/15</c> below |x| = 10⁻³ (error ~10⁻²⁰).</summary>
    private static double TanhOverX(double x)
    {
        double x2 = x * x;
        return Math.Abs(x) < 1e-3 ? 1 - (x2 / 3) + (2 * x2 * x2 / 15) : Math.Tanh(x) / x;
    }
}
