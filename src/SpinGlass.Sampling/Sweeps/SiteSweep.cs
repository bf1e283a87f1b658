using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// N asynchronous single-spin updates in random, sequential, permutation or checkerboard order, compiled once per
/// decision type (a rule over a site view, or a state's own integer path): direct calls, no dispatch per spin.
/// </summary>
/// <remarks>
/// Random order draws the site with <c>rng.NextInt(N)</c> before each decision; permutation order first shuffles its
/// site array in place (Fisher–Yates: <c>j = rng.NextInt(m + 1)</c> swapped with m, for m = N − 1 … 1), a uniformly
/// random permutation whatever the array held, then visits it.
/// </remarks>
internal sealed class SiteSweep<TDecision> : ChainSweep
    where TDecision : struct, ISiteDecision
{
    private readonly TDecision _decision;
    private readonly int _n;
    private readonly SiteOrder _order;
    private readonly int[] _sites;
    private readonly Xoshiro256StarStar _rng;

    /// <param name="decision">The per-site step.</param>
    /// <param name="n">Number of spins N.</param>
    /// <param name="order">The site order.</param>
    /// <param name="checkerboard">The sites in checkerboard order (used only for that order).</param>
    /// <param name="rng">The chain's generator (shared).</param>
    /// <param name="path">The description of what runs.</param>
    public SiteSweep(TDecision decision, int n, SiteOrder order, int[] checkerboard, Xoshiro256StarStar rng, string path)
    {
        (_decision, _n, _order, _rng, Path) = (decision, n, order, rng, path);
        _sites = order == SiteOrder.Permutation ? Permutation.Identity(n) : checkerboard;
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override int Sweep()
    {
        var rng = _rng;
        switch (_order)
        {
            case SiteOrder.Checkerboard:
                return Visit(_sites);
            case SiteOrder.Permutation:
                Permutation.Shuffle(_sites, rng);
                return Visit(_sites);
            case SiteOrder.Sequential:
                return VisitInOrder();
        }

        var decision = _decision;
        int n = _n, flips = 0;
        for (int k = 0; k < n; k++)
        {
            int i = rng.NextInt(n);
            if (decision.Decide(i, rng))
            {
                decision.Flip(i);
                flips++;
            }
        }

        return flips;
    }

    private int Visit(int[] sites)
    {
        var decision = _decision;
        var rng = _rng;
        int flips = 0;
        foreach (int i in sites)
        {
            if (decision.Decide(i, rng))
            {
                decision.Flip(i);
                flips++;
            }
        }

        return flips;
    }

    private int VisitInOrder()
    {
        var decision = _decision;
        var rng = _rng;
        int n = _n, flips = 0;
        for (int i = 0; i < n; i++)
        {
            if (decision.Decide(i, rng))
            {
                decision.Flip(i);
                flips++;
            }
        }

        return flips;
    }
}
