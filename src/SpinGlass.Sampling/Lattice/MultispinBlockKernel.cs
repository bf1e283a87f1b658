using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The vectorised multispin Metropolis kernel for rows of a multiple of 512 spins: eight words (512 sites) per step,
/// horizontal neighbours by shifting words across the neighbouring block of the row (periodic), random words from
/// <see cref="BlockRandom{TBlock}"/>. All loads are 64-byte aligned.
/// </summary>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal static class MultispinBlockKernel<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>
    /// Random words drawn before the first test for undecided lanes. A 512-lane draw needs about log₂(lanes drawing) + 2
    /// words (≈ 10 near T_c); a fixed minimum replaces a mispredicted loop exit per block by a few wasted words.
    /// </summary>
    private const int SureBits = 12;

    /// <summary>Updates every spin of sublattice <paramref name="c"/> once; returns the number of flips.</summary>
    public static long Sweep(AlignedWords me, AlignedWords other, in SublatticeGeometry g, int c, in MultispinAcceptance a, BlockRandom<TBlock> random)
    {
        ref ulong mine = ref me.Start;
        ref ulong theirs = ref other.Start;
        ref ulong buffer = ref random.Buffer;
        int position, mask = random.Mask, sure = SureBits;
        TBlock always4 = TBlock.Broadcast(a.Always4), always8 = TBlock.Broadcast(a.Always8);
        TBlock draw4 = TBlock.Broadcast(a.Draw4), draw8 = TBlock.Broadcast(a.Draw8);
        Span<ulong> masks = stackalloc ulong[128];
        for (int t = 0; t < 64; t++)
        {
            masks[2 * t] = MultispinAcceptance.BitMask(a.P4, t);
            masks[(2 * t) + 1] = MultispinAcceptance.BitMask(a.P8, t);
        }

        ref ulong bits = ref MemoryMarshal.GetReference(masks);
        TBlock counter = TBlock.Zero;
        int l = g.L, words = g.Words, last = words - IWordBlock<TBlock>.Words;
        for (int i = 0; i < l; i++)
        {
            nint row = g.RowStart(i), up = g.RowStart(i == 0 ? l - 1 : i - 1), dn = g.RowStart(i == l - 1 ? 0 : i + 1);
            bool left = ((i + c) & 1) == 0;
            random.Reserve(words / IWordBlock<TBlock>.Words);
            position = random.Position;
            int start = position;
            for (nint w = 0; w < words; w += IWordBlock<TBlock>.Words)
            {
                TBlock s = TBlock.Load(ref mine, row + w), cw = TBlock.Load(ref theirs, row + w);
                TBlock side = left
                    ? TBlock.Or(TBlock.ShiftLeft(cw, 1), TBlock.ShiftRight(TBlock.PreviousWords(cw, TBlock.Load(ref theirs, row + (w == 0 ? last : w - IWordBlock<TBlock>.Words))), 63))
                    : TBlock.Or(TBlock.ShiftRight(cw, 1), TBlock.ShiftLeft(TBlock.NextWords(cw, TBlock.Load(ref theirs, row + (w == last ? 0 : w + IWordBlock<TBlock>.Words))), 63));
                TBlock a1 = TBlock.Xor(s, TBlock.Load(ref theirs, up + w)), a2 = TBlock.Xor(s, TBlock.Load(ref theirs, dn + w));
                TBlock a3 = TBlock.Xor(s, cw), a4 = TBlock.Xor(s, side);
                TBlock x1 = TBlock.Xor(a1, a2), y1 = TBlock.And(a1, a2), x2 = TBlock.Xor(a3, a4), y2 = TBlock.And(a3, a4);
                TBlock y = TBlock.Or(y1, y2);
                TBlock ge2 = TBlock.Or(y, TBlock.And(x1, x2));
                TBlock eq1 = TBlock.AndNot(TBlock.Xor(x1, x2), y);
                TBlock eq0 = TBlock.Not(TBlock.Or(TBlock.Or(a1, a2), TBlock.Or(a3, a4)));
                TBlock need4 = TBlock.And(eq1, draw4), need8 = TBlock.And(eq0, draw8);
                TBlock undecided = TBlock.Or(need4, need8), accepted = TBlock.Zero;
                if (!TBlock.IsZero(undecided))
                {
                    // The first draws run unconditionally: the loop exit is data dependent, and a mispredicted exit
                    // per block costs more than the few random words that this wastes.
                    int t = 0;
                    for (; t < sure; t++)
                    {
                        Draw(ref buffer, position++ & mask, ref bits, t, need4, need8, ref undecided, ref accepted);
                    }

                    for (; t < 64 && !TBlock.IsZero(undecided); t++)
                    {
                        Draw(ref buffer, position++ & mask, ref bits, t, need4, need8, ref undecided, ref accepted);
                    }
                }

                TBlock flip = TBlock.Or(TBlock.Or(ge2, accepted), TBlock.Or(TBlock.And(eq1, always4), TBlock.And(eq0, always8)));
                TBlock.Store(TBlock.Xor(s, flip), ref mine, row + w);
                counter = TBlock.Add(counter, TBlock.PopCount(flip));
            }

            random.Consume(position - start);
        }

        return (long)TBlock.Sum(counter);
    }

    /// <summary>
    /// Compares bit t of one uniform random word per lane with bit t of the lane's probability: where the uniform
    /// has a 0 and p a 1, u &lt; p is decided (accept); where they differ the other way, rejected; lanes stay undecided
    /// only where they agree.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Draw(
        ref ulong buffer, int block, ref ulong bits, int t, TBlock need4, TBlock need8, ref TBlock undecided, ref TBlock accepted)
    {
        TBlock u = TBlock.Load(ref buffer, block * IWordBlock<TBlock>.Words);
        TBlock pm = TBlock.OrAnd(
            TBlock.And(need4, TBlock.Broadcast(Unsafe.Add(ref bits, 2 * t))), need8, TBlock.Broadcast(Unsafe.Add(ref bits, (2 * t) + 1)));
        accepted = TBlock.OrAndNot(accepted, TBlock.And(undecided, pm), u);
        undecided = TBlock.AndNotXor(undecided, u, pm);
    }
}
