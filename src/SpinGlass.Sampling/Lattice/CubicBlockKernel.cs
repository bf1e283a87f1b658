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
        int position, mask = random.Mask, sure = SureBits, l = g.L, planes = g.Planes;
        TBlock always4 = TBlock.Broadcast(a.Always4), always8 = TBlock.Broadcast(a.Always8), always12 = TBlock.Broadcast(a.Always12);
        TBlock draw4 = TBlock.Broadcast(a.Draw4), draw8 = TBlock.Broadcast(a.Draw8), draw12 = TBlock.Broadcast(a.Draw12);
        TBlock valid = TBlock.Broadcast(g.Valid), flipGauge = TBlock.Broadcast(gauge);
        var shifts = new Shifts(g);
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
                TBlock s = TBlock.Load(ref mine, row + y);
                var n = new Neighbours(ref theirs, row, below, above, y, l, swapBelow, swapAbove, leftSlots, shifts);
                Count(TBlock.Xor(s, flipGauge), n, out TBlock ones, out TBlock twos, out TBlock fours);
                Classify(ones, twos, fours, out TBlock ge3, out TBlock eq2, out TBlock eq1, out TBlock eq0);
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

    /// <summary>
    /// Anti-aligned bonds, counted once from each even-sublattice site's six bond slots (every bond joins the two
    /// sublattices), 512 sites at a time.
    /// </summary>
    public static long AntiAlignedBonds(AlignedWords even, AlignedWords odd, in CubicSlots g, AlignedWords left)
    {
        ref ulong mine = ref even.Start;
        ref ulong theirs = ref odd.Start;
        int l = g.L, planes = g.Planes;
        var shifts = new Shifts(g);
        TBlock counter = TBlock.Zero;
        for (int p = 0; p < planes; p++)
        {
            nint row = p * l, below = (p == 0 ? planes - 1 : p - 1) * l, above = (p == planes - 1 ? 0 : p + 1) * l;
            bool swapBelow = g.SwapsAtEnds && p == 0, swapAbove = g.SwapsAtEnds && p == planes - 1;
            TBlock leftSlots = TBlock.Load(ref left.Start, (p & 1) * W);
            for (nint y = 0; y < l; y += W)
            {
                var n = new Neighbours(ref theirs, row, below, above, y, l, swapBelow, swapAbove, leftSlots, shifts);
                Count(TBlock.Load(ref mine, row + y), n, out TBlock ones, out TBlock twos, out TBlock fours);
                counter = TBlock.Add(counter, TBlock.Add(
                    TBlock.PopCount(ones), TBlock.Add(TBlock.ShiftLeft(TBlock.PopCount(twos), 1), TBlock.ShiftLeft(TBlock.PopCount(fours), 2))));
            }
        }

        return (long)TBlock.Sum(counter);
    }

    /// <summary>The set bits of <paramref name="words"/> (a multiple of eight words).</summary>
    public static long PopCount(AlignedWords words)
    {
        ref ulong start = ref words.Start;
        TBlock counter = TBlock.Zero;
        for (nint w = 0; w < words.Length; w += W)
        {
            counter = TBlock.Add(counter, TBlock.PopCount(TBlock.Load(ref start, w)));
        }

        return (long)TBlock.Sum(counter);
    }

    /// <summary>
    /// Per lane, the number u = ones + 2·twos + 4·fours of the six neighbours that differ from <paramref name="t"/>
    /// (the spins, complemented for J &lt; 0): two full adders, then the sum of their outputs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count(TBlock t, in Neighbours n, out TBlock ones, out TBlock twos, out TBlock fours)
    {
        TBlock a1 = TBlock.Xor(t, n.Below), a2 = TBlock.Xor(t, n.Above), a3 = TBlock.Xor(t, n.Behind);
        TBlock a4 = TBlock.Xor(t, n.Front), a5 = TBlock.Xor(t, n.Own), a6 = TBlock.Xor(t, n.Side);
        TBlock x1 = TBlock.Xor(a1, a2), x2 = TBlock.Xor(a4, a5);
        TBlock s1 = TBlock.Xor(x1, a3), c1 = TBlock.OrAnd(TBlock.And(a1, a2), a3, x1);
        TBlock s2 = TBlock.Xor(x2, a6), c2 = TBlock.OrAnd(TBlock.And(a4, a5), a6, x2);
        TBlock k = TBlock.And(s1, s2), x3 = TBlock.Xor(c1, c2);
        ones = TBlock.Xor(s1, s2);
        twos = TBlock.Xor(x3, k);
        fours = TBlock.OrAnd(TBlock.And(c1, c2), k, x3);
    }

    /// <summary>The lanes' count u of unsatisfied bonds as u ≥ 3, = 2, = 1, = 0 (see <see cref="CubicWordKernel.Classify"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(TBlock ones, TBlock twos, TBlock fours, out TBlock ge3, out TBlock eq2, out TBlock eq1, out TBlock eq0)
    {
        ge3 = TBlock.OrAnd(fours, twos, ones);
        eq2 = TBlock.AndNot(twos, TBlock.Or(fours, ones));
        TBlock low = TBlock.Not(TBlock.Or(fours, twos));
        eq1 = TBlock.And(low, ones);
        eq0 = TBlock.AndNot(low, ones);
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

    /// <summary>The masks of the in-row shifts, broadcast once per sweep.</summary>
    private readonly struct Shifts(in CubicSlots g)
    {
        public readonly TBlock First = TBlock.Broadcast(g.First);
        public readonly TBlock Last = TBlock.Broadcast(g.Last);
        public readonly TBlock Inner = TBlock.Broadcast(g.Valid & ~g.First);
        public readonly TBlock Outer = TBlock.Broadcast(g.Valid & ~g.Last);
        public readonly int Down = g.Half - 1;
    }

    /// <summary>
    /// The six neighbour words of the eight rows y … y + 7 of a plane, all in the other sublattice: rows y ± 1 (across
    /// the neighbouring blocks, periodic), the planes below and above (slots swapped across the ends), the own row, and
    /// the own row shifted onto columns k − 1 (left slots) or k + 1.
    /// </summary>
    private readonly ref struct Neighbours
    {
        public readonly TBlock Below, Above, Behind, Front, Own, Side;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Neighbours(
            ref ulong theirs, nint row, nint below, nint above, nint y, int l, bool swapBelow, bool swapAbove, TBlock leftSlots, in Shifts shifts)
        {
            Own = TBlock.Load(ref theirs, row + y);
            Below = TBlock.PreviousWords(Own, TBlock.Load(ref theirs, row + (y == 0 ? l - W : y - W)));
            Above = TBlock.NextWords(Own, TBlock.Load(ref theirs, row + (y == l - W ? 0 : y + W)));
            TBlock zm = TBlock.Load(ref theirs, below + y), zp = TBlock.Load(ref theirs, above + y);
            Behind = swapBelow ? TBlock.RotateLeft(zm, 32) : zm;
            Front = swapAbove ? TBlock.RotateLeft(zp, 32) : zp;
            TBlock towardsLeft = TBlock.OrAnd(TBlock.And(TBlock.ShiftLeft(Own, 1), shifts.Inner), TBlock.ShiftRight(Own, shifts.Down), shifts.First);
            TBlock towardsRight = TBlock.OrAnd(TBlock.And(TBlock.ShiftRight(Own, 1), shifts.Outer), TBlock.ShiftLeft(Own, shifts.Down), shifts.Last);
            Side = TBlock.OrAndNot(TBlock.And(towardsLeft, leftSlots), towardsRight, leftSlots);
        }
    }
}
