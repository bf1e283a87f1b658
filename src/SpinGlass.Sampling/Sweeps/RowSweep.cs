using SpinGlass.Models.Capabilities;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// One zero-temperature sweep in <see cref="SiteOrder.Rows"/> order: row by row, every site of the row decides from
/// the state at the start of the row whether a flip lowers the cost, then the deciding sites flip in index order.
/// </summary>
/// <remarks>
/// Within a row this is the synchronous (Little) step restricted to the row, so a row can oscillate where asynchronous
/// updates would settle; a sweep without flips is still a fixed point, since every site was asked about one unchanged
/// state. No random numbers are drawn.
/// </remarks>
internal sealed class RowSweep<TSites> : ChainSweep
    where TSites : struct, ISiteAccess
{
    private readonly TSites _sites;
    private readonly int _n;
    private readonly int[] _deciding;

    public RowSweep(TSites sites, int n, int width, string path)
    {
        (_sites, _n, Path) = (sites, n, path);
        _deciding = new int[width];
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override int Sweep()
    {
        var sites = _sites;
        var deciding = _deciding;
        int flips = 0;
        for (int start = 0; start < _n; start += deciding.Length)
        {
            int count = 0;
            for (int i = start; i < start + deciding.Length; i++)
            {
                if (sites.FlipLowersCost(i))
                {
                    deciding[count++] = i;
                }
            }

            for (int k = 0; k < count; k++)
            {
                sites.Flip(deciding[k]);
            }

            flips += count;
        }

        return flips;
    }
}
