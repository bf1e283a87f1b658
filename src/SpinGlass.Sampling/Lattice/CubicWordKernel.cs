using System.Numerics;
using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The word-by-word multispin Metropolis kernel of the simple cubic lattice (any layout of <see cref="CubicSlots"/>), and
/// the bitwise pieces shared with the other kernels: the count of unsatisfied bonds among six and the exact Bernoulli draw.
/// </summary>
internal static class CubicWordKernel
{
    /// <summary>Updates every spin of sublattice <paramref name="c"/> once; returns the number of flips.</summary>
    /// <param name="me">The sublattice updated.</param>
    /// <param name="other">The other sublattice (all six neighbours).</param>
    /// <param name="g">The layout.</param>
    /// <param name="c">The colour of <paramref name="me"/>.</param>
    /// <param name="gauge">All ones for J &lt; 0 (aligned bonds are unsatisfied), else 0.</param>
    /// <param name="a">The acceptance probabilities.</param>
    /// <param name="rng">The random stream.</param>
    public static long Sweep(
        Span<ulong> me, ReadOnlySpan<ulong> other, in CubicSlots g, int c, ulong gauge, in CubicAcceptance a, Xoshiro256StarStar rng)
    {
        long flips = 0;
        int l = g.L, planes = g.Planes;
        var shifts = new SideShifts(g);
        ulong valid = g.Valid, draw4 = a.Draw4 & valid, draw8 = a.Draw8 & valid, draw12 = a.Draw12 & valid;
        for (int p = 0; p < planes; p++)
        {
            int row = p * l, below = (p == 0 ? planes - 1 : p - 1) * l, above = (p == planes - 1 ? 0 : p + 1) * l;
            bool swapBelow = g.SwapsAtEnds && p == 0, swapAbove = g.SwapsAtEnds && p == planes - 1;
            ulong leftEven = g.LeftMask(c, p, 0), leftOdd = g.LeftMask(c, p, 1);
            for (int y = 0; y < l; y++)
            {
                ulong s = me[row + y], t = s ^ gauge;
                ulong zm = other[below + y], zp = other[above + y];
                zm = swapBelow ? BitOperations.RotateLeft(zm, 32) : zm;
                zp = swapAbove ? BitOperations.RotateLeft(zp, 32) : zp;
                ulong own = other[row + y];
                Classify(
                    t ^ other[row + (y == 0 ? l - 1 : y - 1)], t ^ other[row + (y == l - 1 ? 0 : y + 1)], t ^ zm, t ^ zp,
                    t ^ own, t ^ shifts.Side(own, (y & 1) == 0 ? leftEven : leftOdd), out ulong ge3, out ulong eq2, out ulong eq1, out ulong eq0);
                ulong flip = a.Sure(ge3, eq2, eq1, eq0);
                ulong need4 = eq2 & draw4, need8 = eq1 & draw8, need12 = eq0 & draw12;
                if ((need4 | need8 | need12) != 0)
                {
                    flip |= Bernoulli(need4, need8, need12, a, rng);
                }

                flip &= valid;
                me[row + y] = s ^ flip;
                flips += BitOperations.PopCount(flip);
            }
        }

        return flips;
    }

    /// <summary>
    /// Anti-aligned bonds, counted once from each even-sublattice site's six bond slots (every bond joins the two
    /// sublattices).
    /// </summary>
    public static long AntiAlignedBonds(ReadOnlySpan<ulong> even, ReadOnlySpan<ulong> odd, in CubicSlots g)
    {
        int l = g.L, planes = g.Planes;
        var shifts = new SideShifts(g);
        long count = 0;
        for (int p = 0; p < planes; p++)
        {
            int row = p * l, below = (p == 0 ? planes - 1 : p - 1) * l, above = (p == planes - 1 ? 0 : p + 1) * l;
            bool swapBelow = g.SwapsAtEnds && p == 0, swapAbove = g.SwapsAtEnds && p == planes - 1;
            ulong leftEven = g.LeftMask(0, p, 0), leftOdd = g.LeftMask(0, p, 1);
            for (int y = 0; y < l; y++)
            {
                ulong s = even[row + y], own = odd[row + y];
                ulong zm = odd[below + y], zp = odd[above + y];
                zm = swapBelow ? BitOperations.RotateLeft(zm, 32) : zm;
                zp = swapAbove ? BitOperations.RotateLeft(zp, 32) : zp;
                ulong side = shifts.Side(own, (y & 1) == 0 ? leftEven : leftOdd);
                count += BitOperations.PopCount(s ^ odd[row + (y == 0 ? l - 1 : y - 1)]) + BitOperations.PopCount(s ^ odd[row + (y == l - 1 ? 0 : y + 1)])
                    + BitOperations.PopCount(s ^ zm) + BitOperations.PopCount(s ^ zp) + BitOperations.PopCount(s ^ own) + BitOperations.PopCount(s ^ side);
            }
        }

        return count;
    }

    /// <summary>
    /// Sorts the lanes by their number u of set bits among <paramref name="a1"/>…<paramref name="a6"/> (unsatisfied
    /// bonds): two full adders, then the sum of their outputs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Classify(ulong a1, ulong a2, ulong a3, ulong a4, ulong a5, ulong a6, out ulong ge3, out ulong eq2, out ulong eq1, out ulong eq0)
    {
        ulong s1 = a1 ^ a2 ^ a3, c1 = (a1 & a2) | (a3 & (a1 ^ a2));
        ulong s2 = a4 ^ a5 ^ a6, c2 = (a4 & a5) | (a6 & (a4 ^ a5));
        ulong s = s1 ^ s2, k = s1 & s2;

        // u = s + 2(c1 + c2 + k) = s + 2·t0 + 4·t1
        ulong t0 = c1 ^ c2 ^ k, t1 = (c1 & c2) | (k & (c1 ^ c2));
        ge3 = t1 | (t0 & s);
        eq2 = t0 & ~(t1 | s);
        ulong low = ~(t1 | t0);
        eq1 = low & s;
        eq0 = low & ~s;
    }

    /// <summary>
    /// Exact Bernoulli bits: lane b of the result is 1 with probability p₄, p₈ or p₁₂ where <paramref name="need4"/>,
    /// <paramref name="need8"/> or <paramref name="need12"/> has bit b, by comparing uniform bits with the binary
    /// expansion of p from the top until every lane is decided (about two words on average).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bernoulli(ulong need4, ulong need8, ulong need12, in CubicAcceptance a, Xoshiro256StarStar rng)
    {
        ulong undecided = need4 | need8 | need12, result = 0;
        for (int t = 0; t < 64 && undecided != 0; t++)
        {
            ulong u = rng.NextUInt64();
            ulong pm = (need4 & CubicAcceptance.BitMask(a.P4, t)) | (need8 & CubicAcceptance.BitMask(a.P8, t))
                | (need12 & CubicAcceptance.BitMask(a.P12, t));
            result |= undecided & pm & ~u;
            undecided &= ~(u ^ pm);
        }

        return result;
    }

    /// <summary>
    /// The other sublattice's own row shifted onto columns k − 1 (in the slots of <c>left</c>, see
    /// <see cref="CubicSlots.LeftMask"/>) or k + 1, periodic within each slot; the masks are computed once per sweep.
    /// </summary>
    private readonly struct SideShifts(in CubicSlots g)
    {
        private readonly ulong _first = g.First, _last = g.Last, _inner = g.Valid & ~g.First, _outer = g.Valid & ~g.Last;
        private readonly int _down = g.Half - 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Side(ulong row, ulong left)
        {
            ulong towardsLeft = ((row << 1) & _inner) | ((row >> _down) & _first);
            ulong towardsRight = ((row >> 1) & _outer) | ((row << _down) & _last);
            return (towardsLeft & left) | (towardsRight & ~left);
        }
    }
}
