using MathNet.Numerics;

namespace SpinGlass.Analysis.Theory;

/// <summary>
/// The β = ∞ limit of the AGS equations with <c>C = lim β(1 − q)</c>: <c>m = erf(m/√(2αr))</c>,
/// <c>C = √(2/(παr)) e^{−m²/(2αr)}</c>, <c>r = 1/(1 − C)²</c>; with <c>y = m/√(2αr)</c> the load is
/// <c>α(y) = ½[erf(y)/y − (2/√π) e^{−y²}]²</c>.
/// </summary>
/// <remarks>Amit, Gutfreund &amp; Sompolinsky, Phys. Rev. Lett. 55, 1530 (1985); Ann. Phys. 173, 30 (1987).</remarks>
public static class ZeroTemperatureAgs
{
    private const double RootAccuracy = 1e-14;

    private static readonly double TwoOverSqrtPi = 2 / Math.Sqrt(Math.PI);

    /// <summary>The y of the largest load: <c>dα/dy = 0 ⇔ erf(y) = (2y/√π)(1 + 2y²) e^{−y²}</c>.</summary>
    public static double CriticalY { get; } = RootSearch.Find(
        y => SpecialFunctions.Erf(y) - TwoOverSqrtPi * y * (1 + 2 * y * y) * Math.Exp(-y * y),
        0.5, 3, RootAccuracy);

    /// <summary><c>α(y) = ½[erf(y)/y − (2/√π) e^{−y²}]²</c>.</summary>
    public static double Load(double y)
    {
        double bracket = SpecialFunctions.Erf(y) / y - TwoOverSqrtPi * Math.Exp(-y * y);
        return 0.5 * bracket * bracket;
    }

    /// <summary>
    /// The retrieval state (<c>y ≥ y_c</c>) at load <c>0 ≤ α ≤ α_c</c> as (m, C, r); null above <c>α_c</c>.
    /// </summary>
    public static (double M, double C, double R)? Retrieval(double alpha)
    {
        if (alpha == 0)
        {
            return (1, 0, 1);
        }

        double yc = CriticalY;
        if (alpha > Load(yc))
        {
            return null;
        }

        // α(y) < 1/(2y²) (the bracket erf(y)/y − (2/√π)e^{−y²} lies in (0, 1/y)), so α(yMax) < α/4.
        double yMax = 2 * Math.Max(yc, 1 / Math.Sqrt(2 * alpha));
        double y = alpha == Load(yc)
            ? yc
            : RootSearch.Find(x => (Load(x) / alpha) - 1, yc, yMax, RootAccuracy);
        double m = SpecialFunctions.Erf(y);
        double c = TwoOverSqrtPi * y * Math.Exp(-y * y) / m;
        return (m, c, 1 / ((1 - c) * (1 - c)));
    }

    /// <summary>
    /// The spin-glass state (m = 0) at load α &gt; 0 as (C, r): <c>C = k/(1 + k)</c>, <c>r = (1 + k)²</c>,
    /// <c>k = √(2/(πα))</c>; its energy is <c>u = −1/π − √(2α/π)</c>.
    /// </summary>
    public static (double C, double R) SpinGlass(double alpha)
    {
        double k = Math.Sqrt(2 / (Math.PI * alpha));
        return (k / (1 + k), (1 + k) * (1 + k));
    }
}
