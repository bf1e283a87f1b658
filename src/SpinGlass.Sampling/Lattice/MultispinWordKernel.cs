using System.Numerics;
using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The word-by-word multispin Metropolis kernel for any even L: one 64-bit word holds 64 spins of a sublattice row
/// (bit 1 = spin +1); rows shorter than a word, or not a multiple of 64, wrap with explicit shifts and masks.
/// </summary>
internal static class MultispinWordKernel
{
    /// <summary>Updates every spin of sublattice <paramref name="c"/> once; returns the number of flips.</summary>
    public static long Sweep(
        Span<ulong> me, ReadOnlySpan<ulong> other, in SublatticeGeometry g, int c, in MultispinAcceptance a, Xoshiro256StarStar rng)
    {
        long flips = 0;
        int l = g.L, words = g.Words, top = (g.Half - 1) & 63;
        ulong lastMask = g.LastWordMask;
        for (int i = 0; i < l; i++)
        {
            int row = i * words, up = (i == 0 ? l - 1 : i - 1) * words, dn = (i == l - 1 ? 0 : i + 1) * words;
            bool left = ((i + c) & 1) == 0;
            for (int w = 0; w < words; w++)
            {
                ulong s = me[row + w];
                ulong side = SideWord(other, row, w, left, words, top);
                ulong a1 = s ^ other[up + w], a2 = s ^ other[dn + w], a3 = s ^ other[row + w], a4 = s ^ side;
                ulong x1 = a1 ^ a2, y1 = a1 & a2, x2 = a3 ^ a4, y2 = a3 & a4;
                ulong ge2 = y1 | y2 | (x1 & x2), eq1 = (x1 ^ x2) & ~(y1 | y2), eq0 = ~(a1 | a2 | a3 | a4);
                ulong valid = w == words - 1 ? lastMask : ulong.MaxValue;
                ulong flip = (ge2 | (eq1 & a.Always4) | (eq0 & a.Always8)
                    | Bernoulli(eq1 & a.Draw4 & valid, eq0 & a.Draw8 & valid, a, rng)) & valid;
                me[row + w] = s ^ flip;
                flips += BitOperations.PopCount(flip);
            }
        }

        return flips;
    }

    /// <summary>
    /// The word of horizontal neighbours of word <paramref name="w"/>: sublattice column k's neighbour in the
    /// other sublattice is column k − 1 (<paramref name="left"/>) or k + 1, periodic in the row of H spins.
    /// </summary>
    /// <param name="other">The other sublattice.</param>
    /// <param name="row">The row's first word.</param>
    /// <param name="w">The word within the row.</param>
    /// <param name="left">True for neighbours k − 1, false for k + 1.</param>
    /// <param name="words">Words per row.</param>
    /// <param name="top">The bit of the row's last spin in its last word, (H − 1) mod 64.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong SideWord(ReadOnlySpan<ulong> other, int row, int w, bool left, int words, int top)
    {
        ulong cw = other[row + w];
        int last = words - 1;
        if (left)
        {
            ulong carry = w > 0 ? other[row + w - 1] >> 63 : (other[row + last] >> top) & 1;
            return (cw << 1) | carry;
        }

        ulong next = w < last ? other[row + w + 1] << 63 : (other[row] & 1) << top;
        return (cw >> 1) | next;
    }

    /// <summary>
    /// Exact Bernoulli bits: lane b of the result is 1 with probability p₄ where <paramref name="need4"/> has bit b,
    /// p₈ where <paramref name="need8"/> has it, by comparing uniform bits with the binary expansion of p from the top
    /// until every lane is decided (two words on average).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bernoulli(ulong need4, ulong need8, in MultispinAcceptance a, Xoshiro256StarStar rng)
    {
        ulong undecided = need4 | need8, result = 0;
        for (int t = 0; t < 64 && undecided != 0; t++)
        {
            ulong u = rng.NextUInt64();
            ulong pm = (need4 & MultispinAcceptance.BitMask(a.P4, t)) | (need8 & MultispinAcceptance.BitMask(a.P8, t));
            result |= undecided & pm & ~u;
            undecided &= ~(u ^ pm);
        }

        return result;
    }
}
