namespace SpinGlass.Analysis.Exact;

/// <summary>
/// The ferromagnetic Ising model <c>H = −J Σ_⟨ij⟩ s_i s_j</c> on the infinite square lattice, in zero field:
/// critical point, internal energy, specific heat and spontaneous magnetisation, with <c>K = βJ</c>, <c>k_B = 1</c>.
/// </summary>
/// <remarks>
/// L. Onsager, Phys. Rev. 65, 117 (1944); C. N. Yang, Phys. Rev. 85, 808 (1952). The elliptic modulus is
/// <c>k = 2 sinh 2K / cosh² 2K</c>, its complement <c>k′ = |2 tanh² 2K − 1|</c>; <c>k = 1</c> exactly at
/// <c>T_c</c>. β ∈ [0, ∞] everywhere: β = 0 gives u = 0, C = 0, M = 0; β = ∞ gives u = −2J, C = 0, M = 1.
/// </remarks>
public static class OnsagerIsing
{
    // Beyond K = 5 the closed form of C is rounding noise on e^{−8K}; the low-temperature series is exact there to ~1e-16.
    private const double LowTemperatureCoupling = 5;

    // Below this K the energy comes from the high-temperature series (truncation ~36 t⁷ < 1e-17).
    private const double HighTemperatureCoupling = 2e-3;

    // |2 tanh² 2K − 1| below this is T_c within rounding: C = +∞.
    private const double CriticalTolerance = 4e-16;

    /// <summary>The critical coupling <c>K_c = βJ = ½ ln(1 + √2) ≈ 0.4406868</c>, where <c>sinh 2K_c = 1</c>.</summary>
    /// <remarks>Kramers &amp; Wannier, Phys. Rev. 60, 252 (1941).</remarks>
    public static double CriticalCoupling => 0.5 * Math.Log(1 + Math.Sqrt(2));

    /// <summary>The critical temperature <c>T_c = 2J / ln(1 + √2) ≈ 2.269185314 J</c>.</summary>
    /// <param name="j">Coupling <c>J &gt; 0</c>. The default is 1.</param>
    /// <remarks>Kramers &amp; Wannier, Phys. Rev. 60, 252 (1941).</remarks>
    public static double CriticalTemperature(double j = 1.0)
    {
        ExactGuards.RequireFerromagnetic(j);
        return j / CriticalCoupling;
    }

    /// <summary>
    /// The internal energy per spin <c>u = −J coth 2K [1 + (2/π)(2 tanh² 2K − 1) 𝐊(k)]</c>; continuous at
    /// <c>T_c</c>, where <c>u(T_c) = −J coth 2K_c = −√2 J</c>.
    /// </summary>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    /// <param name="j">Coupling <c>J &gt; 0</c>. The default is 1.</param>
    /// <remarks>
    /// Onsager 1944, with <c>𝐊(k) = π / (2 AGM(1, k′))</c>: the product <c>(2 tanh² 2K − 1) 𝐊(k)</c> is taken as 0 at
    /// <c>k′ = 0</c>. For <c>K &lt; 0.002</c> the high-temperature series
    /// <c>u = −J[2t + (4t³ + 12t⁵)(1 − t²)]</c>, <c>t = tanh K</c>, replaces the closed form, whose O(K²) bracket is
    /// rounding-limited there.
    /// </remarks>
    public static double EnergyPerSpin(double beta, double j = 1.0)
    {
        ExactGuards.RequireBeta(beta);
        ExactGuards.RequireFerromagnetic(j);
        double k = beta * j;
        if (k < HighTemperatureCoupling)
        {
            // The closed form divides a rounding-limited O(K²) bracket by tanh 2K here; ln Z/N = ln 2 + 2 ln cosh K + t⁴ + 2t⁶ + O(t⁸).
            double th = Math.Tanh(k), th2 = th * th;
            return -j * (2 * th + 4 * th * th2 * (1 + 3 * th2) * (1 - th2));
        }

        double t = Math.Tanh(2 * k), kappa = 2 * t * t - 1;
        double bracket = kappa == 0 ? 1 : 1 + 2 / Math.PI * kappa * EllipticIntegrals.FirstKindFromComplement(Math.Abs(kappa));
        return -j * bracket / t;
    }

    /// <summary>
    /// The specific heat per spin <c>C/N = (4/π)(K coth 2K)² {𝐊(k) − 𝐄(k) − (1 − tanh² 2K)[π/2 + (2 tanh² 2K − 1) 𝐊(k)]}</c>,
    /// <c>+∞</c> at <c>T_c</c> (logarithmic divergence).
    /// </summary>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    /// <param name="j">Coupling <c>J &gt; 0</c>. The default is 1.</param>
    /// <remarks>
    /// Onsager 1944; the form of M. Hjorth-Jensen, <i>Computational Physics</i> (2015), eq. 13.1. For <c>K ≥ 5</c> the
    /// low-temperature series <c>K²(64 e^{−8K} + 288 e^{−12K} + 1152 e^{−16K})</c> is used instead (its truncation is
    /// below 1e-16 relative there, while the closed form is rounding noise on <c>e^{−8K}</c>).
    /// </remarks>
    public static double SpecificHeatPerSpin(double beta, double j = 1.0)
    {
        ExactGuards.RequireBeta(beta);
        ExactGuards.RequireFerromagnetic(j);
        double k = beta * j;
        if (k == 0 || double.IsPositiveInfinity(k))
        {
            return 0;
        }

        if (k >= LowTemperatureCoupling)
        {
            double x = Math.Exp(-4 * k);
            return k * k * x * x * (64 + x * (288 + 1152 * x));
        }

        double t = Math.Tanh(2 * k), kappa = 2 * t * t - 1, kPrime = Math.Abs(kappa);
        if (kPrime <= CriticalTolerance)
        {
            return double.PositiveInfinity;
        }

        double modulus = 2 * Math.Sinh(2 * k) / (Math.Cosh(2 * k) * Math.Cosh(2 * k));
        double first = EllipticIntegrals.FirstKindFromComplement(kPrime);
        double second = EllipticIntegrals.SecondKindFromComplement(modulus, kPrime);
        double kCoth = k / t;
        return 4 / Math.PI * kCoth * kCoth * (first - second - (1 - t * t) * (Math.PI / 2 + kappa * first));
    }

    /// <summary>
    /// The spontaneous magnetisation per spin <c>M = [1 − sinh⁻⁴(2K)]^{1/8}</c> for <c>T &lt; T_c</c>, 0 at and above <c>T_c</c>.
    /// </summary>
    /// <param name="beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
    /// <param name="j">Coupling <c>J &gt; 0</c>. The default is 1.</param>
    /// <remarks>C. N. Yang, Phys. Rev. 85, 808 (1952), announced by Onsager in 1948.</remarks>
    public static double SpontaneousMagnetisation(double beta, double j = 1.0)
    {
        ExactGuards.RequireBeta(beta);
        ExactGuards.RequireFerromagnetic(j);
        double s = Math.Sinh(2 * beta * j);
        return s <= 1 ? 0 : Math.Pow(1 - Math.Pow(s, -4), 0.125);
    }
}
