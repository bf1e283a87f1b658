using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Rules;

/// <summary>
/// Metropolis with the decisions of <see cref="MetropolisAcceptance"/>, bit for bit (same draws, same outcomes), but
/// <c>exp</c> only where it could change one: the draw u is compared with a cheap bracket
/// <c>lo ≤ e^{−βΔE} ≤ hi</c> (<see cref="Bracket"/>) and <c>Math.Exp</c> is called only when <c>lo ≤ u &lt; hi</c>.
/// </summary>
/// <remarks>
/// <para>The bracket is a degree-6 Taylor polynomial of <c>e^r</c>, <c>|r| ≤ ½ ln 2</c>, scaled by <c>2^k</c>
/// (<c>x = k ln 2 + r</c>): truncation below <c>1.7·10⁻⁷</c> relative, rounding near <c>10⁻¹³</c>, widened by
/// <see cref="Slack"/> = 10⁻⁶ on each side, against <c>Math.Exp</c>'s error below one ulp. So u &lt; lo implies
/// <c>u &lt; Math.Exp(x)</c> and u ≥ hi implies the opposite, and only a fraction ~2·10⁻⁶ of the uphill draws fall
/// between and take the exact path. Arguments below −700 (where <c>2^k</c> would leave the normal range) and NaN go
/// straight to <c>Math.Exp</c>.</para>
/// <para>Worth it where the rest of an attempt is cheap, as for the cached fields of an explicit coupling matrix.</para>
/// </remarks>
internal readonly struct BracketedMetropolisAcceptance : IAcceptance
{
    /// <summary>The relative half-width of the bracket around the polynomial, far above its own error (1.7·10⁻⁷).</summary>
    internal const double Slack = 1e-6;

    private const double Log2E = 1.4426950408889634;
    private const double Ln2 = 0.6931471805599453;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Accept(double cost, double beta, Xoshiro256StarStar rng)
    {
        if (cost <= 0)
        {
            return true;
        }

        if (double.IsPositiveInfinity(beta))
        {
            return false;
        }

        double u = rng.NextDouble();
        double x = -beta * cost;
        if (Bracket(x, out double lo, out double hi))
        {
            if (u < lo)
            {
                return true;
            }

            if (u >= hi)
            {
                return false;
            }
        }

        return u < MetropolisAcceptance.Probability(cost, beta);
    }

    /// <summary>
    /// Bounds <c>lo ≤ Math.Exp(x) ≤ hi</c> for <c>−700 ≤ x ≤ 0</c> without calling it; false (and zeros) outside that
    /// range or for NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Bracket(double x, out double lo, out double hi)
    {
        if (!(x >= -700 && x <= 0))
        {
            lo = hi = 0;
            return false;
        }

        double t = x * Log2E;
        double k = Math.Round(t);
        double r = (t - k) * Ln2;
        double p = (1.0 / 120) + (r * (1.0 / 720));
        p = (1.0 / 24) + (r * p);
        p = (1.0 / 6) + (r * p);
        p = 0.5 + (r * p);
        p = 1 + (r * p);
        p = 1 + (r * p);
        double e = p * BitConverter.Int64BitsToDouble((long)((int)k + 1023) << 52);
        lo = e * (1 - Slack);
        hi = e * (1 + Slack);
        return true;
    }
}
