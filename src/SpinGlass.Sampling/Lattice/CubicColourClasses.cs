using System.Numerics;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The simple cubic lattice of odd L divisible by 3, split into the three independent sets <c>(x + y + z) mod 3</c>
/// (every neighbour of a site differs from it by ±1 in one coordinate, so by ±1 mod 3 in colour). The spins live in one
/// bit array in site order; a colour class is updated 64 sites at a time, with its sites' words and their six neighbour
/// words gathered bit by bit through a neighbour table. Slower than the two-sublattice layout, but any such L fits.
/// </summary>
internal sealed class CubicColourClasses
{
    /// <summary>The largest side length (the neighbour table holds 6·L³ integers).</summary>
    public const int MaxL = 63;

    private readonly int[][] _sites = new int[3][];
    private readonly int[][] _neighbours = new int[3][];

    public CubicColourClasses(int l)
    {
        L = l;
        N = l * l * l;
        Bits = new ulong[(N + 63) / 64];
        var count = new int[3];
        for (int c = 0; c < 3; c++)
        {
            _sites[c] = new int[N / 3];
            _neighbours[c] = new int[6 * (N / 3)];
        }

        for (int z = 0; z < l; z++)
        {
            for (int y = 0; y < l; y++)
            {
                for (int x = 0; x < l; x++)
                {
                    int c = (x + y + z) % 3, k = count[c]++;
                    _sites[c][k] = Index(x, y, z);
                    Span<int> nb = _neighbours[c].AsSpan(6 * k, 6);
                    nb[0] = Index((x + 1) % l, y, z);
                    nb[1] = Index((x + l - 1) % l, y, z);
                    nb[2] = Index(x, (y + 1) % l, z);
                    nb[3] = Index(x, (y + l - 1) % l, z);
                    nb[4] = Index(x, y, (z + 1) % l);
                    nb[5] = Index(x, y, (z + l - 1) % l);
                }
            }
        }
    }

    public int L { get; }

    public int N { get; }

    /// <summary>The spins, bit i = site i is up.</summary>
    public ulong[] Bits { get; }

    /// <summary>Updates every site of every colour once, colour after colour; returns the number of flips.</summary>
    public long Sweep(ulong gauge, in CubicAcceptance a, Xoshiro256StarStar rng)
    {
        long flips = 0;
        ulong[] bits = Bits;
        for (int c = 0; c < 3; c++)
        {
            int[] sites = _sites[c], neighbours = _neighbours[c];
            for (int start = 0; start < sites.Length; start += 64)
            {
                int count = Math.Min(64, sites.Length - start);
                ulong s = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
                for (int b = 0; b < count; b++)
                {
                    int i = sites[start + b], nb = 6 * (start + b);
                    ulong own = Bit(bits, i) ^ gauge;
                    s |= Bit(bits, i) << b;
                    a1 |= ((own ^ Bit(bits, neighbours[nb])) & 1) << b;
                    a2 |= ((own ^ Bit(bits, neighbours[nb + 1])) & 1) << b;
                    a3 |= ((own ^ Bit(bits, neighbours[nb + 2])) & 1) << b;
                    a4 |= ((own ^ Bit(bits, neighbours[nb + 3])) & 1) << b;
                    a5 |= ((own ^ Bit(bits, neighbours[nb + 4])) & 1) << b;
                    a6 |= ((own ^ Bit(bits, neighbours[nb + 5])) & 1) << b;
                }

                ulong valid = count == 64 ? ulong.MaxValue : (1UL << count) - 1;
                CubicWordKernel.Classify(a1, a2, a3, a4, a5, a6, out ulong ge3, out ulong eq2, out ulong eq1, out ulong eq0);
                ulong flip = (a.Sure(ge3, eq2, eq1, eq0)
                    | CubicWordKernel.Bernoulli(eq2 & a.Draw4 & valid, eq1 & a.Draw8 & valid, eq0 & a.Draw12 & valid, a, rng)) & valid;
                flips += BitOperations.PopCount(flip);
                for (ulong f = flip; f != 0; f &= f - 1)
                {
                    int i = sites[start + BitOperations.TrailingZeroCount(f)];
                    bits[i >> 6] ^= 1UL << (i & 63);
                }
            }
        }

        return flips;
    }

    /// <summary>The bond sum from each site's +x, +y, +z neighbours.</summary>
    public long BondSum()
    {
        long unsatisfied = 0;
        ulong[] bits = Bits;
        for (int c = 0; c < 3; c++)
        {
            int[] sites = _sites[c], neighbours = _neighbours[c];
            for (int k = 0; k < sites.Length; k++)
            {
                ulong own = Bit(bits, sites[k]);
                unsatisfied += (long)((own ^ Bit(bits, neighbours[6 * k])) + (own ^ Bit(bits, neighbours[(6 * k) + 2]))
                    + (own ^ Bit(bits, neighbours[(6 * k) + 4])));
            }
        }

        return (3L * N) - (2 * unsatisfied);
    }

    private static ulong Bit(ulong[] bits, int i) => (bits[i >> 6] >> (i & 63)) & 1;

    private int Index(int x, int y, int z) => (((z * L) + y) * L) + x;
}
