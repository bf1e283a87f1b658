using MathNet.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The condensed (<c>m &gt; 0</c>) solutions at finite β &gt; 1, parametrised by m instead of α: for fixed (m, β) the
/// equation <c>m = ∫Dz tanh β(m + σz)</c> fixes <c>σ = √(αr)</c> uniquely, <c>1 − q = ∫Dz sech² β(m + σz)</c> follows,
/// and <c>r = q/(1 − C)²</c>, <c>C = β(1 − q)</c>, gives the load explicitly: <c>α(m) = σ²(1 − C)²/q</c>.
/// </summary>
/// <remarks>
/// Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987). <c>α(m)</c> vanishes at the Curie–Weiss
/// overlap <c>m = tanh βm</c> and (through the unstable branch) at <c>m → 0</c>; its maximum over m is the largest
/// load <c>α_M(T)</c> of the retrieval branch, a fold (saddle node) of the saddle-point equations. The retrieval state
/// is the solution above the maximum. <c>⟨tanh β(m + σz)⟩</c> falls monotonically in σ for <c>m &gt; 0</c>, from
/// <c>tanh βm</c> at σ = 0 to below <c>erf(m/√2σ)</c>, which bounds σ.
/// </remarks>
internal static class RetrievalBranch
{
    private const double RootAccuracy = 1e-14;

    /// <summary>The Curie–Weiss overlap <c>m = tanh βm</c> (the α = 0 retrieval state); 0 for β ≤ 1.</summary>
    public static double CurieWeiss(double beta)
    {
        if (!(beta > 1))
        {
            return 0;
        }

        double atOne = -2 / (Math.Exp(2 * beta) + 1);
        if (atOne == 0)
        {
            return 1;
        }

        double lo = Math.Min(0.5, 0.5 * Math.Sqrt(3 * (beta - 1)));

        // Divided by m so that the residual keeps its scale when m_CW → 0 at β → 1.
        return RootSearch.Find(x => x == 1 ? atOne : (Math.Tanh(beta * x) / x) - 1, lo, 1, RootAccuracy);
    }

    /// <summary>The point (m, σ, 1 − q, α) of the solution curve at overlap <c>m ∈ (0, m_CW)</c>; α is NaN where <c>C ≥ 1</c>.</summary>
    public static BranchPoint PointAt(double m, double beta)
    {
        double sigmaMax = m >= 1 ? 0 : m / (Math.Sqrt(2) * SpecialFunctions.ErfInv(m));
        double sigma = 0;
        if (Math.Tanh(beta * m) > m && sigmaMax > 0)
        {
            sigma = RootSearch.Find(
                s => (FieldAverages.Evaluate(beta, m, s).Tanh / m) - 1, 0, sigmaMax, RootAccuracy);
        }

        double oneMinusQ = FieldAverages.Evaluate(beta, m, sigma).Sech2;
        double c = beta * oneMinusQ;
        double alpha = c < 1 ? sigma * sigma * (1 - c) * (1 - c) / (1 - oneMinusQ) : double.NaN;
        return new BranchPoint(m, sigma, oneMinusQ, alpha);
    }

    /// <summary>
    /// The largest load <c>α_M = max_m α(m)</c> on <c>(0, m_CW)</c> and the point where it is reached (Brent
    /// maximisation to relative tolerance <paramref name="tolerance"/> in m), stopped early at the first point with
    /// <c>α(m) ≥ stopAt</c>.
    /// </summary>
    public static BranchPoint MaximumLoad(double beta, double tolerance, double stopAt = double.PositiveInfinity)
    {
        var (m, _) = ScalarMaximizer.Maximize(x => PointAt(x, beta).Alpha, 0, CurieWeiss(beta), tolerance, stopAt);
        return PointAt(m, beta);
    }

    /// <summary>The retrieval solution at load α &gt; 0, or null when <c>α &gt; α_M(T)</c>.</summary>
    public static BranchPoint? Solve(double alpha, double beta)
    {
        BranchPoint start = MaximumLoad(beta, 1e-10, alpha);
        if (!(start.Alpha >= alpha))
        {
            return null;
        }

        double mCw = CurieWeiss(beta);
        double m = RootSearch.Find(x => x >= mCw ? -1 : (PointAt(x, beta).Alpha / alpha) - 1, start.M, mCw, RootAccuracy);
        return PointAt(m, beta);
    }
}
