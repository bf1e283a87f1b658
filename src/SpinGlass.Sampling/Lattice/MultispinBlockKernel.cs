using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The vectorised multispin Metropolis kernel for rows of a multiple of 512 spins: eight words (512 sites) per step,
/// horizontal neighbours by shifting words across the neighbouring block of the row (periodic), random words from
/// the <see cref="BlockStreams{TBlock}"/> lane streams stepped in registers. All loads are 64-byte aligned.
/// </summary>
/// <remarks>
/// The draw is the lazy bitwise comparison of <see cref="MultispinWordKernel.Bernoulli"/> on 512 lanes at once, keeping
/// per lane only the undecided mask and the pending decision (<see cref="LazyDraw{TBlock}"/>): one select and one
/// ternary operation per round, plus the select of each lane's probability bit (p₄ or p₈).
/// </remarks>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal static class MultispinBlockKernel<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>Updates every spin of sublattice <paramref name="c"/> once; returns the number of flips.</summary>
    public static long Sweep(AlignedWords me, AlignedWords other, in SublatticeGeometry g, int c, in MultispinAcceptance a, BlockStreams<TBlock> streams)
    {
        ref ulong mine = ref me.Start;
        ref ulong theirs = ref other.Start;
        TBlock always4 = TBlock.Broadcast(a.Always4), always8 = TBlock.Broadcast(a.Always8);
        TBlock draw4 = TBlock.Broadcast(a.Draw4), draw8 = TBlock.Broadcast(a.Draw8);
        Span<ulong> masks = stackalloc ulong[128];
        for (int t = 0; t < 64; t++)
        {
            masks[2 * t] = MultispinAcceptance.BitMask(a.P4, t);
            masks[(2 * t) + 1] = MultispinAcceptance.BitMask(a.P8, t);
        }

        ref ulong bits = ref MemoryMarshal.GetReference(masks);
        Span<ulong> flipWords = stackalloc ulong[IWordBlock<TBlock>.Words];
        ref ulong flips = ref MemoryMarshal.GetReference(flipWords);
        streams.Load(0, out TBlock a0, out TBlock a1);
        streams.Load(1, out TBlock b0, out TBlock b1);
        long count = 0;
        int l = g.L, words = g.Words, last = words - IWordBlock<TBlock>.Words;
        for (int i = 0; i < l; i++)
        {
            nint row = g.RowStart(i), up = g.RowStart(i == 0 ? l - 1 : i - 1), dn = g.RowStart(i == l - 1 ? 0 : i + 1);
            bool left = ((i + c) & 1) == 0;
            for (nint w = 0; w < words; w += IWordBlock<TBlock>.Words)
            {
                TBlock s = TBlock.Load(ref mine, row + w), cw = TBlock.Load(ref theirs, row + w);
                TBlock side = left
                    ? TBlock.Or(TBlock.ShiftLeft(cw, 1), TBlock.ShiftRight(TBlock.PreviousWords(cw, TBlock.Load(ref theirs, row + (w == 0 ? last : w - IWordBlock<TBlock>.Words))), 63))
                    : TBlock.Or(TBlock.ShiftRight(cw, 1), TBlock.ShiftLeft(TBlock.NextWords(cw, TBlock.Load(ref theirs, row + (w == last ? 0 : w + IWordBlock<TBlock>.Words))), 63));
                TBlock u1 = TBlock.Load(ref theirs, up + w), d1 = TBlock.Load(ref theirs, dn + w);

                // Bitwise classes of the anti-aligned neighbour count n: pairs (up, down) and (centre, side) with both
                // anti-aligned, any anti-aligned, and the parity of n (the four s cancel in up ^ down ^ centre ^ side).
                TBlock both1 = TBlock.BothDiffer(s, u1, d1), both2 = TBlock.BothDiffer(s, cw, side);
                TBlock any1 = TBlock.AnyDiffers(s, u1, d1), any2 = TBlock.AnyDiffers(s, cw, side);
                TBlock eq1 = TBlock.AndNot(TBlock.Xor(TBlock.Xor3(u1, d1, cw), side), TBlock.Or(both1, both2));
                TBlock eq0 = TBlock.Not(TBlock.Or(any1, any2));
                TBlock need8 = TBlock.And(eq0, draw8);
                TBlock undecided = TBlock.OrAnd(need8, eq1, draw4);

                // decision: per lane, ~u of the deciding round; starts as the lanes that flip without a draw.
                TBlock decision = TBlock.OrAnd(TBlock.And(eq1, always4), eq0, always8);
                if (!TBlock.IsZero(undecided))
                {
                    // The first rounds run unconditionally: the loop exit is data dependent, and a mispredicted exit
                    // per block costs more than the few random words that this wastes.
                    for (int t = 0; t < 64; t += 2)
                    {
                        Round(BlockStreams<TBlock>.Next(ref a0, ref a1), ref bits, t, need8, ref undecided, ref decision);
                        Round(BlockStreams<TBlock>.Next(ref b0, ref b1), ref bits, t + 1, need8, ref undecided, ref decision);
                        if (t >= LazyDraw<TBlock>.SureRounds - 2 && TBlock.IsZero(undecided))
                        {
                            break;
                        }
                    }
                }

                // Lanes still undecided after 64 rounds have u ≥ p: rejected. Lanes with ΔE ≤ 0 always flip.
                TBlock flip = TBlock.Or(TBlock.AndNot(decision, undecided), TBlock.Not(TBlock.Or(eq0, eq1)));
                TBlock.Store(TBlock.Xor(s, flip), ref mine, row + w);
                TBlock.Store(flip, ref flips, 0);
                count += LazyDraw<TBlock>.PopCount(ref flips);
            }
        }

        streams.Save(0, a0, a1);
        streams.Save(1, b0, b1);
        return count;
    }

    /// <summary>
    /// Round t of the draw: the lanes whose uniform bit u equals bit t of their p (p₈ where <paramref name="need8"/>
    /// is set, p₄ elsewhere) stay undecided; the others are decided, and accept where u = 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(TBlock u, ref ulong bits, int t, TBlock need8, ref TBlock undecided, ref TBlock decision)
    {
        TBlock pm = TBlock.Select(need8, TBlock.Broadcast(Unsafe.Add(ref bits, (2 * t) + 1)), TBlock.Broadcast(Unsafe.Add(ref bits, 2 * t)));
        LazyDraw<TBlock>.Round(u, pm, ref undecided, ref decision);
    }
}
