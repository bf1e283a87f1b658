using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// The temperature where the Binder cumulants <c>U_L(T)</c> of two sizes cross, by linear interpolation between
/// neighbouring temperatures, with an error from a seeded parametric bootstrap over the error bars of U.
/// </summary>
/// <remarks>
/// Below T_c the larger lattice has the larger cumulant (towards 2/3), above it the smaller; among sign changes
/// of <c>U_small − U_large</c> from − to + the one at the largest U is taken (noise near U ≈ 0 at high T can cross too).
/// Binder, Z. Phys. B 43, 119 (1981).
/// </remarks>
public static class BinderCrossing
{
    private const int Resamples = 400;

    /// <summary>One size's cumulant curve: temperatures ascending, values and errors.</summary>
    /// <param name="T">Temperatures, ascending.</param>
    /// <param name="U">Cumulants.</param>
    /// <param name="Error">Their standard errors.</param>
    public sealed record Curve(double[] T, double[] U, double[] Error);

    /// <summary>The crossing temperature and its error, or null when the curves do not cross on the common grid.</summary>
    public static (double Value, double Error)? Find(Curve small, Curve large)
    {
        ArgumentNullException.ThrowIfNull(small);
        ArgumentNullException.ThrowIfNull(large);
        if (!small.T.AsSpan().SequenceEqual(large.T))
        {
            return null;
        }

        double? central = Cross(small.T, small.U, large.U);
        if (central is null)
        {
            return null;
        }

        var rng = new Xoshiro256StarStar(0x5EED_B1DE);
        var us = new double[small.U.Length];
        var ul = new double[large.U.Length];
        double sum = 0, sumSquares = 0;
        int count = 0;
        for (int r = 0; r < Resamples; r++)
        {
            for (int k = 0; k < us.Length; k++)
            {
                us[k] = small.U[k] + small.Error[k] * rng.NextGaussian();
                ul[k] = large.U[k] + large.Error[k] * rng.NextGaussian();
            }

            if (Cross(small.T, us, ul) is double t)
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
