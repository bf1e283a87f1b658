using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The vectorised multispin Metropolis kernel of the simple cubic lattice for L a multiple of 8 (≤ 128): eight
/// consecutive rows y of a plane per step, their y ± 1 neighbours by shifting words across the neighbouring blocks of the
/// plane (periodic), z ± 1 by aligned loads from the neighbouring planes, random words from <see cref="BlockRandom{TBlock}"/>.
/// </summary>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal static class CubicBlockKernel<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>
    /// Random words drawn before the first test for undecided lanes (a 512-lane draw needs about log₂(lanes drawing) + 2
    /// words): a fixed minimum replaces a mispredicted loop exit per block by a few wasted words.
    /// </summary>
    private const int SureBits = 12;

    private const int W = IWordBlock<TBlock>.Words;

    /// <summary>Updates every spin of sublattice <paramref name="c"/> once; returns the number of flips.</summary>
    /// <param name="me">The sublattice updated.</param>
    /// <param name="other">The other sublattice.</param>
    /// <param name="g">The layout (L a multiple of 8).</param>
    /// <param name="c">The colour of <paramref name="me"/>.</param>
    /// <param name="left">16 words: the left-slot masks of the eight rows of a block for (c + p) even, then odd.</param>
    /// <param name="gauge">All ones for J &lt; 0, else 0.</param>
    /// <param name="a">The acceptance probabilities.</param>
    /// <param name="masks">192 words: bit t of p₄, p₈, p₁₂ as masks at 3t, 3t + 1, 3t + 2.</param>
    /// <param name="random">The lane streams.</param>
    public static long Sweep(
        AlignedWords me, AlignedWords other, in CubicSlots g, int c, AlignedWords left, ulong gauge, in CubicAcceptance a,
        ReadOnlySpan<ulong> masks, BlockRandom<TBlock> random)
    {
        ref ulong mine = ref me.Start;
        ref ulong theirs = ref other.Start;
        ref ulong patterns = ref left.Start;
        ref ulong buffer = ref random.Buffer;
        ref ulong bits = ref MemoryMarshal.GetReference(masks);
        int position, mask = random.Mask, sure = SureBits, l = g.L, planes = g.Planes, down = g.Half - 1;
        TBlock always4 = TBlock.Broadcast(a.Always4), always8 = TBlock.Broadcast(a.Always8), always12 = TBlock.Broadcast(a.Always12);
        TBlock draw4 = TBlock.Broadcast(a.Draw4), draw8 = TBlock.Broadcast(a.Draw8), draw12 = TBlock.Broadcast(a.Draw12);
        TBlock valid = TBlock.Broadcast(g.Valid), first = TBlock.Broadcast(g.First), last = TBlock.Broadcast(g.Last);
        TBlock inner = TBlock.Broadcast(g.Valid & ~g.First), outer = TBlock.Broadcast(g.Valid & ~g.Last), flipGauge = TBlock.Broadcast(gauge);
        TBlock counter = TBlock.Zero;
        for (int p = 0; p < planes; p++)
        {
            nint row = p * l, below = (p == 0 ? planes - 1 : p - 1) * l, above = (p == planes - 1 ? 0 : p + 1) * l;
            bool swapBelow = g.SwapsAtEnds && p == 0, swapAbove = g.SwapsAtEnds && p == planes - 1;
            TBlock leftSlots = TBlock.Load(ref patterns, ((c + p) & 1) * W);
            random.Reserve(l / W);
            position = random.Position;
            int start = position;
            for (nint y = 0; y < l; y += W)
            {
                TBlock s = TBlock.Load(ref mine, row + y), t = TBlock.Xor(s, flipGauge), own = TBlock.Load(ref theirs, row + y);
                TBlock ym = TBlock.PreviousWords(own, TBlock.Load(ref theirs, row + (y == 0 ? l - W : y - W)));
                TBlock yp = TBlock.NextWords(own, TBlock.Load(ref theirs, row + (y == l - W ? 0 : y + W)));
                TBlock zm = TBlock.Load(ref theirs, below + y), zp = TBlock.Load(ref theirs, above + y);
                zm = swapBelow ? TBlock.RotateLeft(zm, 32) : zm;
                zp = swapAbove ? TBlock.RotateLeft(zp, 32) : zp;
                TBlock towardsLeft = TBlock.OrAnd(TBlock.And(TBlock.ShiftLeft(own, 1), inner), TBlock.ShiftRight(own, down), first);
                TBlock towardsRight = TBlock.OrAnd(TBlock.And(TBlock.ShiftRight(own, 1), outer), TBlock.ShiftLeft(own, down), last);
                TBlock side = TBlock.OrAndNot(TBlock.And(towardsLeft, leftSlots), towardsRight, leftSlots);
                Classify(
                    TBlock.Xor(t, ym), TBlock.Xor(t, yp), TBlock.Xor(t, zm), TBlock.Xor(t, zp), TBlock.Xor(t, own), TBlock.Xor(t, side),
                    out TBlock ge3, out TBlock eq2, out TBlock eq1, out TBlock eq0);
                TBlock need4 = TBlock.And(TBlock.And(eq2, draw4), valid), need8 = TBlock.And(TBlock.And(eq1, draw8), valid);
                TBlock need12 = TBlock.And(TBlock.And(eq0, draw12), valid);
                TBlock undecided = TBlock.Or(TBlock.Or(need4, need8), need12), accepted = TBlock.Zero;
                if (!TBlock.IsZero(undecided))
                {
                    // The first draws run unconditionally: the loop exit is data dependent, and a mispredicted exit
                    // per block costs more than the few random words that this wastes.
                    int k = 0;
                    for (; k < sure; k++)
                    {
                        Draw(ref buffer, position++ & mask, ref bits, k, need4, need8, need12, ref undecided, ref accepted);
                    }

                    for (; k < 64 && !TBlock.IsZero(undecided); k++)
                    {
                        Draw(ref buffer, position++ & mask, ref bits, k, need4, need8, need12, ref undecided, ref accepted);
                    }
                }

                TBlock sureFlips = TBlock.OrAnd(TBlock.OrAnd(TBlock.OrAnd(ge3, eq2, always4), eq1, always8), eq0, always12);
                TBlock flip = TBlock.And(TBlock.Or(sureFlips, accepted), valid);
                TBlock.Store(TBlock.Xor(s, flip), ref mine, row + y);
                counter = TBlock.Add(counter, TBlock.PopCount(flip));
            }

            random.Consume(position - start);
        }

        return (long)TBlock.Sum(counter);
    }

    /// <summary>The lanes' count u of unsatisfied bonds among six, as ≥ 3, = 2, = 1, = 0 (see <see cref="CubicWordKernel.Classify"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(
        TBlock a1, TBlock a2, TBlock a3, TBlock a4, TBlock a5, TBlock a6, out TBlock ge3, out TBlock eq2, out TBlock eq1, out TBlock eq0)
    {
        TBlock x1 = TBlock.Xor(a1, a2), x2 = TBlock.Xor(a4, a5);
        TBlock s1 = TBlock.Xor(x1, a3), c1 = TBlock.OrAnd(TBlock.And(a1, a2), a3, x1);
        TBlock s2 = TBlock.Xor(x2, a6), c2 = TBlock.OrAnd(TBlock.And(a4, a5), a6, x2);
        TBlock s = TBlock.Xor(s1, s2), k = TBlock.And(s1, s2), x3 = TBlock.Xor(c1, c2);
        TBlock t0 = TBlock.Xor(x3, k), t1 = TBlock.OrAnd(TBlock.And(c1, c2), k, x3);
        ge3 = TBlock.OrAnd(t1, t0, s);
        eq2 = TBlock.AndNot(t0, TBlock.Or(t1, s));
        TBlock low = TBlock.Not(TBlock.Or(t1, t0));
        eq1 = TBlock.And(low, s);
        eq0 = TBlock.AndNot(low, s);
    }

    /// <summary>
    /// Compares bit k of one uniform random word per lane with bit k of the lane's probability: where the uniform
    /// has a 0 and p a 1, u &lt; p is decided (accept); where they differ the other way, rejected; lanes stay undecided
    /// only where they agree.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Draw(
        ref ulong buffer, int block, ref ulong bits, int k, TBlock need4, TBlock need8, TBlock need12, ref TBlock undecided, ref TBlock accepted)
    {
        TBlock u = TBlock.Load(ref buffer, block * W);
        TBlock pm = TBlock.OrAnd(
            TBlock.OrAnd(TBlock.And(need4, TBlock.Broadcast(Unsafe.Add(ref bits, 3 * k))), need8, TBlock.Broadcast(Unsafe.Add(ref bits, (3 * k) + 1))),
            need12,
            TBlock.Broadcast(Unsafe.Add(ref bits, (3 * k) + 2)));
        accepted = TBlock.OrAndNot(accepted, TBlock.And(undecided, pm), u);
        undecided = TBlock.AndNotXor(undecided, u, pm);
    }
}
