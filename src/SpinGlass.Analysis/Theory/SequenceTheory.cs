using MathNet.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// Analytic results for pattern sequences recalled through asymmetric couplings
/// <c>J_ij = (1/N) Σ_μ ξ^{μ+1}_i ξ^μ_j</c>. Such networks have no energy function and break detailed balance:
/// the results below are stationary points of the dynamics, not minima of a free energy.
/// </summary>
/// <remarks>
/// Düring, Coolen &amp; Sherrington, J. Phys. A 31, 8607 (1998); Sompolinsky &amp; Kanter, Phys. Rev. Lett. 57, 2861
/// (1986); Kleinfeld, PNAS 83, 9469 (1986).
/// </remarks>
public static class SequenceTheory
{
    private const double RootAccuracy = 1e-14;

    private static readonly double TwoOverSqrtPi = 2 / Math.Sqrt(Math.PI);

    /// <summary>
    /// The y of the largest load, <c>dα/dy = 0 ⇔ y erf(y) erf′(y) − erf(y)² + (8y⁴/π) e^{−2y²} = 0</c>
    /// (<c>y_c ≈ 0.9815</c>).
    /// </summary>
    private static readonly double CriticalY = RootSearch.Find(
        y =>
        {
            double e = SpecialFunctions.Erf(y);
            return (y * e * TwoOverSqrtPi * Math.Exp(-y * y)) - (e * e) + (8 * Math.Pow(y, 4) / Math.PI * Math.Exp(-2 * y * y));
        },
        0.9,
        2,
        RootAccuracy);

    /// <summary>
    /// The T = 0 sequence capacity of the purely asymmetric synchronous network, <c>α_c = max_y α(y) ≈ 0.2691</c>
    /// (see <see cref="LoadAt"/>), the largest load with a recall solution.
    /// </summary>
    /// <remarks>Düring, Coolen &amp; Sherrington, J. Phys. A 31, 8607 (1998): α_c ≈ 0.269.</remarks>
    public static double CriticalLoad => LoadAt(CriticalY);

    /// <summary>The recall overlap at capacity, <c>m(α_c) = erf(y_c) ≈ 0.8349</c>.</summary>
    /// <remarks>Düring, Coolen &amp; Sherrington, J. Phys. A 31, 8607 (1998): m(α_c) ≈ 0.835.</remarks>
    public static double CriticalOverlap => SpecialFunctions.Erf(CriticalY);

    /// <summary>
    /// The load on the T = 0 stationary manifold parametrised by <c>y = m/√(2αr)</c>:
    /// <c>α(y) = ½[erf(y)²/y² − (4/π) e^{−2y²}]</c>.
    /// </summary>
    /// <remarks>
    /// The stationary equations are <c>m = erf(m/√(2αr))</c>, <c>C = √(2/(παr)) e^{−m²/(2αr)}</c> with
    /// <c>C = lim β(1 − q)</c>, and <c>r = 1/(1 − C²)</c> (DCS's generating-functional result). It differs from
    /// AGS's symmetric <c>r = 1/(1 − C)²</c> because the asymmetric couplings carry no reaction term: the
    /// crosstalk at time t+1 is fed back only through the response of the previous step, so the noise variance is
    /// the geometric series <c>r = Σ_k C^{2k}</c>. Only the C² form reproduces the published α_c ≈ 0.269 and
    /// m(α_c) ≈ 0.835 (the C form would give AGS's 0.138). With y,
    /// <c>m = erf(y)</c> and <c>C = (2/√π) y e^{−y²}/m</c>, so <c>αr = m²/(2y²)</c> gives
    /// <c>α = m²(1 − C²)/(2y²)</c>, the expression above. Düring, Coolen &amp; Sherrington, J. Phys. A 31, 8607 (1998).
    /// </remarks>
    /// <param name="y">The reduced variable <c>y &gt; 0</c>.</param>
    public static double LoadAt(double y)
    {
        double e = SpecialFunctions.Erf(y);
        return 0.5 * ((e * e / (y * y)) - (4 / Math.PI * Math.Exp(-2 * y * y)));
    }

    /// <summary>
    /// The T = 0 recall overlap <c>m(α)</c> of the purely asymmetric synchronous sequence network (the branch with
    /// <c>m → 1</c> as <c>α → 0</c>); NaN above <see cref="CriticalLoad"/>.
    /// </summary>
    /// <remarks>Düring, Coolen &amp; Sherrington, J. Phys. A 31, 8607 (1998); the derivation is under <see cref="LoadAt"/>.</remarks>
    /// <param name="alpha">The load <c>α = p/N ≥ 0</c>.</param>
    public static double RecallOverlap(double alpha)
    {
        TheoryGuards.RequireLoad(alpha);
        if (alpha == 0)
        {
            return 1;
        }

        double yc = CriticalY, alphaC = LoadAt(yc);
        if (alpha > alphaC)
        {
            return double.NaN;
        }

        // α(y) < erf(y)²/(2y²) < 1/(2y²), so α(yMax) < α/4 and α(y) decreases from α_c on [y_c, ∞).
        double yMax = 2 * Math.Max(yc, 1 / Math.Sqrt(2 * alpha));
        double y = alpha == alphaC ? yc : RootSearch.Find(x => (LoadAt(x) / alpha) - 1, yc, yMax, RootAccuracy);
        return SpecialFunctions.Erf(y);
    }

    /// <summary>
    /// The stationary recall overlap of the purely asymmetric synchronous network at temperature T (heat-bath
    /// updates, <c>P(s_i = ±1) ∝ e^{±βh_i}</c>): the solution reached from m = 1 of
    /// <c>m = ∫Dz tanh β(m + z√(αr))</c>, <c>q = ∫Dz tanh² β(m + z√(αr))</c>, <c>C = β(1 − q)</c>, <c>r = 1/(1 − C²)</c>;
    /// NaN where recall is lost (the iteration falls to m = 0). At T = 0 it is <see cref="RecallOverlap(double)"/>.
    /// </summary>
    /// <remarks>
    /// The finite-temperature form of the Düring–Coolen–Sherrington stationary equations: the crosstalk variance is
    /// the geometric series of the single-step response C, as at T = 0, with <c>C = lim β(1 − q)</c> replaced by its
    /// finite-β value. The fixed point is found by damped iteration of the macroscopic map, which is the network's own
    /// step-to-step dynamics. Düring, Coolen &amp; Sherrington, J. Phys. A 31, 8607 (1998).
    /// </remarks>
    /// <param name="alpha">The load <c>α = p/N ≥ 0</c>.</param>
    /// <param name="temperature">The temperature <c>T ≥ 0</c>.</param>
    public static double RecallOverlap(double alpha, double temperature)
    {
        TheoryGuards.RequireLoad(alpha);
        if (!(temperature >= 0) || double.IsPositiveInfinity(temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be finite and non-negative.");
        }

        if (temperature == 0)
        {
            return RecallOverlap(alpha);
        }

        const int MaxIterations = 100_000;
        const double Tolerance = 1e-13, Lost = 1e-9;
        double beta = 1 / temperature, m = 1, r = 1;
        for (int k = 0; k < MaxIterations; k++)
        {
            var averages = FieldAverages.Evaluate(beta, m, Math.Sqrt(alpha * r));
            double c = beta * averages.Sech2;
            if (c >= 1 || averages.Tanh < Lost)
            {
                return double.NaN;
            }

            double nextM = averages.Tanh, nextR = 1 / (1 - (c * c));
            if (Math.Abs(nextM - m) < Tolerance && Math.Abs(nextR - r) < Tolerance * nextR)
            {
                return nextM;
            }

            m = 0.5 * (m + nextM);
            r = 0.5 * (r + nextR);
        }

        return m;
    }

    /// <summary>
    /// The time the Sompolinsky–Kanter / Kleinfeld network, <c>h_i = Σ_j J^sym_ij s_j + λ Σ_j J^asym_ij s̄_j</c>, dwells
    /// in each pattern of a sequence (p ≪ N, T = 0): τ for a pure delay, <c>τ(1 + λ)/(2λ)</c> for a step kernel;
    /// NaN when <c>λ ≤ 1</c>, where the symmetric term holds the pattern forever.
    /// </summary>
    /// <remarks>
    /// Entering pattern μ at t = 0, the fields along <c>ξ^μ</c> and <c>ξ^{μ+1}</c> are <c>1 + λ m̄_{μ−1}(t)</c> and
    /// <c>λ m̄_μ(t)</c>. Pure delay: <c>m̄_μ</c> jumps to 1 at t = τ, when <c>λ &gt; 1</c> wins. Step kernel (the
    /// previous pattern having been held at least τ): <c>m̄_μ = t/τ</c>, <c>m̄_{μ−1} = 1 − t/τ</c>, so the switch is at
    /// <c>2λt/τ = 1 + λ</c>, which lies inside <c>(τ/2, τ)</c> only for λ &gt; 1. Sompolinsky &amp; Kanter,
    /// Phys. Rev. Lett. 57, 2861 (1986); Kleinfeld, PNAS 83, 9469 (1986).
    /// </remarks>
    /// <param name="kernel">The delay kernel.</param>
    /// <param name="tau">The delay or kernel width <c>τ &gt; 0</c>, in update steps or time units.</param>
    /// <param name="lambda">The relative strength λ of the asymmetric term.</param>
    public static double DwellTime(SequenceDelayKernel kernel, double tau, double lambda)
    {
        if (!(tau > 0 && double.IsFinite(tau)))
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "The delay τ must be finite and positive.");
        }

        if (double.IsNaN(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "The asymmetric strength λ must be a number.");
        }

        if (lambda <= 1)
        {
            return double.NaN;
        }

        return kernel switch
        {
            SequenceDelayKernel.PureDelay => tau,
            SequenceDelayKernel.Step => double.IsPositiveInfinity(lambda) ? tau / 2 : tau * (1 + lambda) / (2 * lambda),
            _ => throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "Unknown delay kernel."),
        };
    }
}
