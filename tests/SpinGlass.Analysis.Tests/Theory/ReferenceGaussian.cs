using MathNet.Numerics;

namespace SpinGlass.Analysis.Tests.Theory;

/// <summary>
/// Brute-force <c>∫Dz f(z)</c> by uniform 16-point Gauss–Legendre panels of width <c>h</c> on <c>[−12, 12]</c>, laid
/// out from a breakpoint; independent of the graded-panel quadrature under test. And the AGS fixed-point map
/// iterated with it.
/// </summary>
internal static class ReferenceGaussian
{
    private const double Range = 12;

    public static double Average(Func<double, double> f, double breakpoint, double width)
    {
        double start = Math.Clamp(breakpoint, -Range, Range), sum = 0;
        double Weighted(double z) => f(z) * Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);
        for (double a = start; a < Range; a += width)
        {
            sum += Integrate.GaussLegendre(Weighted, a, Math.Min(Range, a + width), 16);
        }

        for (double b = start; b > -Range; b -= width)
        {
            sum += Integrate.GaussLegendre(Weighted, Math.Max(-Range, b - width), b, 16);
        }

        return sum;
    }

    /// <summary><c>∫Dz tanh β(m + σz)</c> and <c>∫Dz sech² β(m + σz)</c>.</summary>
    public static (double Tanh, double Sech2) TanhMoments(double beta, double m, double sigma)
    {
        if (sigma == 0)
        {
            double c = Math.Cosh(beta * m);
            return (Math.Tanh(beta * m), 1 / (c * c));
        }

        // tanh βh has poles π/(2βσ) off the real z axis: panels of a fifth of that are resolved to rounding.
        double kink = -m / sigma, width = Math.Min(0.25, 0.3 / (beta * sigma));
        double tanh = Average(z => Math.Tanh(beta * (m + sigma * z)), kink, width);
        double sech2 = Average(
            z =>
            {
                double c = Math.Cosh(beta * (m + sigma * z));
                return double.IsInfinity(c) ? 0 : 1 / (c * c);
            },
            kink,
            width);
        return (tanh, sech2);
    }

    /// <summary>
    /// The plain AGS fixed-point map <c>m ← ⟨tanh⟩</c>, <c>q ← ⟨tanh²⟩</c>, <c>r = q/(1 − β(1 − q))²</c>, iterated
    /// from (m, q) = (1, 1) a given number of times; returns the final m.
    /// </summary>
    public static double IterateFromPattern(double alpha, double beta, int iterations)
    {
        double m = 1, q = 1;
        for (int i = 0; i < iterations; i++)
        {
            // Floored so that a collapsing transient cannot make r infinite; the fixed points used have d > 0.2.
            double d = Math.Max(0.05, 1 - (beta * (1 - q)));
            double sigma = Math.Sqrt(alpha * q) / d;
            var (tanh, sech2) = TanhMoments(beta, m, sigma);
            (m, q) = (tanh, 1 - sech2);
        }

        return m;
    }
}
