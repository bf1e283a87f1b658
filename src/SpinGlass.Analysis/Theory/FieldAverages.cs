using System.Runtime.CompilerServices;
using MathNet.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// Gaussian averages over the AGS local field <c>h = m + σz</c>, <c>z ~ N(0, 1)</c>, at inverse temperature β:
/// <c>⟨tanh βh⟩</c>, <c>⟨sech² βh⟩ = 1 − ⟨tanh² βh⟩</c> and <c>(1/β)⟨ln 2cosh βh⟩</c>.
/// </summary>
/// <param name="Tanh"><c>∫Dz tanh β(m + σz)</c>.</param>
/// <param name="Sech2"><c>∫Dz sech² β(m + σz)</c>, computed directly so that <c>1 − q</c> keeps its digits at large β.</param>
/// <param name="LogCoshOverBeta"><c>(1/β) ∫Dz ln 2cosh β(m + σz)</c>; <c>⟨|h|⟩</c> at β = ∞.</param>
/// <remarks>
/// Each integrand is split as <c>tanh x = sgn x + (tanh x − sgn x)</c>, <c>ln 2cosh x = |x| + ln(1 + e^{−2|x|})</c>: the
/// sign parts have the closed forms <c>⟨sgn h⟩ = erf(m/√2σ)</c>, <c>⟨|h|⟩ = m erf(m/√2σ) + σ√(2/π) e^{−m²/2σ²}</c>, and
/// the remainders decay as <c>e^{−2β|h|}</c>, so they are integrated only where <c>β|h| &lt; 19</c>, on panels graded
/// away from the kink <c>z₀ = −m/σ</c> (<see cref="GaussianPanels"/>). Accuracy ~1e-15 absolute for every β, including
/// β → ∞ where <c>tanh</c> becomes a step. Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).
/// </remarks>
internal readonly record struct FieldAverages(double Tanh, double Sech2, double LogCoshOverBeta)
{
    // e^{−2·19} ≈ 3e-17: beyond β|h| = 19 every remainder is below double rounding.
    private const double RemainderRange = 19;

    // ∫_{|z|>9} Dz ≈ 2e-19.
    private const double GaussianRange = 9;

    private static readonly double InvSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    /// <summary>The averages at β ∈ (0, ∞], any m, σ ≥ 0.</summary>
    public static FieldAverages Evaluate(double beta, double m, double sigma)
    {
        if (sigma == 0)
        {
            var (t, s, l) = Pointwise(m == 0 ? 0 : beta * m);
            return new FieldAverages(t, s, Math.Abs(m) + l / beta);
        }

        double a = beta * sigma;

        double u = m / (sigma * Math.Sqrt(2));
        double sign = SpecialFunctions.Erf(u);
        double absH = m * sign + sigma * 2 * InvSqrtTwoPi * Math.Exp(-u * u);
        double kink = -m / sigma;
        double lo = Math.Max(-GaussianRange, kink - RemainderRange / a);
        double hi = Math.Min(GaussianRange, kink + RemainderRange / a);
        double tanhRest = 0, sech2 = 0, logRest = 0;
        if (lo < hi)
        {
            Span<double> edges = stackalloc double[GaussianPanels.MaxEdges];
            int count = GaussianPanels.Layout(lo, hi, kink, 1 / a, edges);
            ReadOnlySpan<double> nodes = GaussianPanels.Abscissas, weights = GaussianPanels.Weights;
            for (int p = 0; p + 1 < count; p++)
            {
                double mid = 0.5 * (edges[p] + edges[p + 1]), half = 0.5 * (edges[p + 1] - edges[p]);
                for (int k = 0; k < nodes.Length; k++)
                {
                    double z = mid + half * nodes[k];
                    double w = half * weights[k] * Math.Exp(-0.5 * z * z);
                    var (t, s, l) = Remainders(beta * m + a * z);
                    tanhRest += w * t;
                    sech2 += w * s;
                    logRest += w * l;
                }
            }
        }

        return new FieldAverages(
            sign + InvSqrtTwoPi * tanhRest,
            InvSqrtTwoPi * sech2,
            absH + InvSqrtTwoPi * logRest / beta);
    }

    /// <summary><c>tanh x</c>, <c>sech² x</c> and <c>ln(1 + e^{−2|x|})</c> at one point.</summary>
    private static (double Tanh, double Sech2, double LogRest) Pointwise(double x)
    {
        var (t, s, l) = Remainders(x);
        return (Math.Sign(x) + t, s, l);
    }

    /// <summary><c>tanh x − sgn x</c>, <c>sech² x</c> and <c>ln(1 + e^{−2|x|})</c>, all through <c>e = e^{−2|x|}</c>.</summary>
    /// <remarks>
    /// Inlined: <see cref="Evaluate"/> is compiled optimized at once (it allocates on the stack), but a call out of it ran
    /// this at tier 0 for the whole of a run's theory (a tenth of <c>configs/phase-diagram.yaml</c>'s CPU time), its
    /// tier-up delayed by the JIT work of the other threads.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (double TanhRest, double Sech2, double LogRest) Remainders(double x)
    {
        double e = Math.Exp(-2 * Math.Abs(x)), inv = 1 / (1 + e);
        double tanhRest = -2 * e * inv;
        return (x < 0 ? -tanhRest : x > 0 ? tanhRest : 0, 4 * e * inv * inv, Math.Log(1 + e));
    }
}
