using System.Runtime.CompilerServices;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// N asynchronous single-spin updates in random, sequential or checkerboard order, compiled once per (rule, site view):
/// the acceptance rule and the site operations are direct calls, with no dispatch per spin.
/// </summary>
/// <remarks>
/// The zero-temperature rule asks only whether a flip lowers the cost (<see cref="ISiteAccess.FlipLowersCost"/>) and
/// draws nothing for the decision; random order draws the site with <c>rng.NextInt(N)</c> before each decision.
/// </remarks>
internal sealed class SiteSweep<TRule, TSites> : ChainSweep
    where TRule : struct, IAcceptance
    where TSites : struct, ISiteAccess
{
    private readonly TSites _sites;
    private readonly int _n;
    private readonly double _beta;
    private readonly SiteOrder _order;
    private readonly int[] _checkerboard;
    private readonly Xoshiro256StarStar _rng;

    /// <param name="sites">The state's site view.</param>
    /// <param name="n">Number of spins N.</param>
    /// <param name="beta">Inverse temperature β (unused by the zero-temperature rule).</param>
    /// <param name="order">The site order.</param>
    /// <param name="checkerboard">The sites in checkerboard order (used only for that order).</param>
    /// <param name="rng">The chain's generator (shared).</param>
    /// <param name="path">The description of the site view.</param>
    public SiteSweep(TSites sites, int n, double beta, SiteOrder order, int[] checkerboard, Xoshiro256StarStar rng, string path)
    {
        (_sites, _n, _beta, _order, _checkerboard, _rng, Path) = (sites, n, beta, order, checkerboard, rng, path);
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override int Sweep()
    {
        var sites = _sites;
        var rng = _rng;
        double beta = _beta;
        int n = _n, flips = 0;
        if (_order == SiteOrder.Checkerboard)
        {
            foreach (int i in _checkerboard)
            {
                if (Decide(sites, i, beta, rng))
                {
                    sites.Flip(i);
                    flips++;
                }
            }

            return flips;
        }

        if (_order == SiteOrder.Sequential)
        {
            for (int i = 0; i < n; i++)
            {
                if (Decide(sites, i, beta, rng))
                {
                    sites.Flip(i);
                    flips++;
                }
            }

            return flips;
        }

        for (int k = 0; k < n; k++)
        {
            int i = rng.NextInt(n);
            if (Decide(sites, i, beta, rng))
            {
                sites.Flip(i);
                flips++;
            }
        }

        return flips;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Decide(TSites sites, int i, double beta, Xoshiro256StarStar rng) =>
        typeof(TRule) == typeof(ZeroTemperatureAcceptance) ? sites.FlipLowersCost(i) : TRule.Accept(sites.FlipCost(i), beta, rng);
}
