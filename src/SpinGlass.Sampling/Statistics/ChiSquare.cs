namespace SpinGlass.Sampling.Statistics;

/// <summary>Quantiles of the χ² distribution, for the decorrelation test of the binning analysis.</summary>
internal static class ChiSquare
{
    /// <summary>Φ⁻¹(0.99), the 99 % quantile of the standard normal distribution.</summary>
    private const double Z99 = 2.3263478740408408;

    /// <summary>
    /// The 99 % quantile of χ² with <paramref name="degreesOfFreedom"/> degrees of freedom, by the Wilson–Hilferty
    /// cube-root approximation (within 1 % for one degree of freedom, better for more).
    /// </summary>
    /// <remarks>E. B. Wilson and M. M. Hilferty, Proc. Natl. Acad. Sci. USA 17, 684 (1931).</remarks>
    public static double Quantile99(int degreesOfFreedom)
    {
        double a = 2.0 / (9.0 * degreesOfFreedom);
        double c = 1 - a + Z99 * Math.Sqrt(a);
        return degreesOfFreedom * c * c * c;
    }
}
