using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Statistics;

/// <summary>
/// Where two measured curves <c>a(x)</c> and <c>b(x)</c> on a common grid cross — <c>a − b</c> changing sign from
/// ≤ 0 to &gt; 0 — by linear interpolation between neighbouring grid points, with an error from a seeded
/// parametric bootstrap over the error bars. Among several crossings the one at the largest <c>a</c> is taken.
/// </summary>
/// <remarks>
/// Binder cumulants (Binder, Z. Phys. B 43, 119 (1981)): with <c>a = U_small</c>, <c>b = U_large</c>, below T_c the
/// larger lattice has the larger cumulant, above it the smaller; noise near U ≈ 0 at high T can cross too, at small U.
/// A decreasing curve crossing a level (e.g. a retrieval rate falling through ½) is <see cref="FindLevel"/>.
/// </remarks>
public static class CurveCrossing
{
    private const int Resamples = 400;

    /// <summary>A measured curve: abscissae ascending, values and their standard errors.</summary>
    /// <param name="X">Abscissae, ascending.</param>
    /// <param name="Y">Values.</param>
    /// <param name="Error">Their standard errors.</param>
    public sealed record Curve(double[] X, double[] Y, double[] Error);

    /// <summary>
    /// A curve of rates (fractions of <paramref name="trials"/> independent trials) with binomial errors
    /// <c>√((r(1−r) + 1/(4n))/n)</c>: the 1/(4n) floor keeps rates of exactly 0 or 1 from claiming zero error.
    /// </summary>
    public static Curve RateCurve(double[] x, double[] rates, int trials)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        return new Curve(x, rates, [.. rates.Select(r => Math.Sqrt((r * (1 - r) + 0.25 / trials) / trials))]);
    }

    /// <summary>Where a decreasing <paramref name="curve"/> first falls through <paramref name="level"/>, or null.</summary>
    public static (double Value, double Error)? FindLevel(Curve curve, double level)
    {
        ArgumentNullException.ThrowIfNull(curve);
        var flat = new Curve(curve.X, [.. curve.X.Select(_ => level)], new double[curve.X.Length]);
        return Find(flat, curve);
    }

    /// <summary>The crossing abscissa and its error, or null when the curves do not cross on the common grid.</summary>
    public static (double Value, double Error)? Find(Curve small, Curve large)
    {
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        if (!small.X.AsSpan().SequenceEqual(large.X))
        {
            return null;
        }

        double? central = Cross(small.X, small.Y, large.Y);
        if (central is null)
        {
            return null;
        }

        var rng = new Xoshiro256StarStar(0x5EED_B1DE);
        var us = new double[small.Y.Length];
        var ul = new double[large.Y.Length];
        double sum = 0, sumSquares = 0;
        int count = 0;
        for (int r = 0; r < Resamples; r++)
        {
            for (int k = 0; k < us.Length; k++)
            {
                us[k] = small.Y[k] + small.Error[k] * rng.NextGaussian();
                ul[k] = large.Y[k] + large.Error[k] * rng.NextGaussian();
            }

            if (Cross(small.X, us, ul) is double t)
            {
                sum += t;
                sumSquares += t * t;
                count++;
            }
        }

        double mean = count == 0 ? central.Value : sum / count;
        double error = count < 2 ? double.NaN : Math.Sqrt(Math.Max(0, (sumSquares - count * mean * mean) / (count - 1)));
        return (central.Value, error);
    }

    private static double? Cross(double[] t, double[] small, double[] large)
    {
        double? best = null;
        double bestU = double.NegativeInfinity;
        for (int k = 0; k + 1 < t.Length; k++)
        {
            double da = small[k] - large[k], db = small[k + 1] - large[k + 1];
            if (!(da <= 0 && db > 0))
            {
                continue;
            }

            double f = da / (da - db);
            double u = small[k] + f * (small[k + 1] - small[k]);
            if (u > bestU)
            {
                bestU = u;
                best = t[k] + f * (t[k + 1] - t[k]);
            }
        }

        return best;
    }
}
