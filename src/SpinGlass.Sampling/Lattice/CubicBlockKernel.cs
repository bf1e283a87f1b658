using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The vectorised multispin Metropolis kernel of the simple cubic lattice for L a multiple of 8 (≤ 128): eight
/// consecutive rows y of a plane per step, their y ± 1 neighbours by shifting words across the neighbouring blocks of the
/// plane (periodic), z ± 1 by aligned loads from the neighbouring planes, random words from the
/// <see cref="BlockStreams{TBlock}"/> lane streams stepped in registers.
/// </summary>
/// <remarks>
/// The unsatisfied-bond count u of each lane comes from two full adders over the raw neighbour words (sum by a
/// three-input XOR, carry by a majority, the site's own spin folded in afterwards: it cancels from the sums and
/// complements the carries), and the draw is the lazy comparison of <see cref="LazyDraw{TBlock}"/> with the lane's
/// probability bit selected by the low two bits of u (p₄ for u = 2, p₈ for u = 1, p₁₂ for u = 0).
/// </remarks>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal static class CubicBlockKernel<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
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
    /// <param name="streams">The lane streams.</param>
    public static long Sweep(
        AlignedWords me, AlignedWords other, in CubicSlots g, int c, AlignedWords left, ulong gauge, in CubicAcceptance a,
        ReadOnlySpan<ulong> masks, BlockStreams<TBlock> streams)
    {
        ref ulong mine = ref me.Start;
        ref ulong theirs = ref other.Start;
        ref ulong patterns = ref left.Start;
        ref ulong bits = ref MemoryMarshal.GetReference(masks);
        int l = g.L, planes = g.Planes;
        TBlock always4 = TBlock.Broadcast(a.Always4), always8 = TBlock.Broadcast(a.Always8), always12 = TBlock.Broadcast(a.Always12);
        TBlock draw4 = TBlock.Broadcast(a.Draw4), draw8 = TBlock.Broadcast(a.Draw8), draw12 = TBlock.Broadcast(a.Draw12);
        TBlock valid = TBlock.Broadcast(g.Valid), flipGauge = TBlock.Broadcast(gauge);
        var shifts = new Shifts(g);
        Span<ulong> flipWords = stackalloc ulong[W];
        ref ulong flips = ref MemoryMarshal.GetReference(flipWords);
        streams.Load(0, out TBlock a0, out TBlock a1);
        streams.Load(1, out TBlock b0, out TBlock b1);
        long count = 0;
        for (int p = 0; p < planes; p++)
        {
            nint row = p * l, below = (p == 0 ? planes - 1 : p - 1) * l, above = (p == planes - 1 ? 0 : p + 1) * l;
            bool swapBelow = g.SwapsAtEnds && p == 0, swapAbove = g.SwapsAtEnds && p == planes - 1;
            TBlock leftSlots = TBlock.Load(ref patterns, ((c + p) & 1) * W);
            for (nint y = 0; y < l; y += W)
            {
                TBlock s = TBlock.Load(ref mine, row + y);
                var n = new Neighbours(ref theirs, row, below, above, y, l, swapBelow, swapAbove, leftSlots, shifts);
                Count(TBlock.Xor(s, flipGauge), n, out TBlock ones, out TBlock twos, out TBlock fours);

                // u ≥ 3 flips; below that u = ones + 2·twos picks the class: twos for p₄, else ones for p₈, else p₁₂.
                TBlock ge3 = TBlock.OrAnd(fours, twos, ones);
                TBlock undecided = TBlock.AndNot(TBlock.Select(twos, draw4, TBlock.Select(ones, draw8, draw12)), ge3);

                // decision: per lane, ~u of the deciding round; starts as the lanes that flip without a draw.
                TBlock decision = TBlock.Or(ge3, TBlock.Select(twos, always4, TBlock.Select(ones, always8, always12)));
                if (!TBlock.IsZero(undecided))
                {
                    // The first rounds run unconditionally: the loop exit is data dependent, and a mispredicted exit
                    // per block costs more than the few random words that this wastes.
                    for (int t = 0; t < 64; t += 2)
                    {
                        LazyDraw<TBlock>.Round(BlockStreams<TBlock>.Next(ref a0, ref a1), Bits(ref bits, t, ones, twos), ref undecided, ref decision);
                        LazyDraw<TBlock>.Round(BlockStreams<TBlock>.Next(ref b0, ref b1), Bits(ref bits, t + 1, ones, twos), ref undecided, ref decision);
                        if (t >= LazyDraw<TBlock>.SureRounds - 2 && TBlock.IsZero(undecided))
                        {
                            break;
                        }
                    }
                }

                // Lanes still undecided after 64 rounds have u ≥ p: rejected.
                TBlock flip = TBlock.And(TBlock.AndNot(decision, undecided), valid);
                TBlock.Store(TBlock.Xor(s, flip), ref mine, row + y);
                TBlock.Store(flip, ref flips, 0);
                count += LazyDraw<TBlock>.PopCount(ref flips);
            }
        }

        streams.Save(0, a0, a1);
        streams.Save(1, b0, b1);
        return count;
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
        TBlock counter = TBlock.Zero, valid = TBlock.Broadcast(g.Valid);
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
                    TBlock.PopCount(TBlock.And(ones, valid)),
                    TBlock.Add(TBlock.ShiftLeft(TBlock.PopCount(TBlock.And(twos, valid)), 1), TBlock.ShiftLeft(TBlock.PopCount(TBlock.And(fours, valid)), 2))));
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
    /// (the spins, complemented for J &lt; 0; bits outside the layout's valid ones are arbitrary). Two full adders over
    /// the raw neighbours — sums x (three-input XOR) and carries m (majority) — give those over the differences
    /// t ^ neighbour: the sums t ^ x, the carries t ^ m (the majority commutes with complementing all three inputs);
    /// then ones = x₁ ^ x₂, k = (t ^ x₁) &amp; (t ^ x₂), twos = m₁ ^ m₂ ^ k (the t cancel), fours = majority of the carries and k.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count(TBlock t, in Neighbours n, out TBlock ones, out TBlock twos, out TBlock fours)
    {
        TBlock x1 = TBlock.Xor3(n.Below, n.Above, n.Behind), m1 = TBlock.Majority(n.Below, n.Above, n.Behind);
        TBlock x2 = TBlock.Xor3(n.Front, n.Own, n.Side), m2 = TBlock.Majority(n.Front, n.Own, n.Side);
        TBlock k = TBlock.BothDiffer(t, x1, x2);
        ones = TBlock.Xor(x1, x2);
        twos = TBlock.Xor3(m1, m2, k);
        fours = TBlock.Majority(TBlock.Xor(t, m1), TBlock.Xor(t, m2), k);
    }

    /// <summary>
    /// Bit <paramref name="t"/> of each lane's probability: p₄ where u = 2 (<paramref name="twos"/>), p₈ where u = 1
    /// (<paramref name="ones"/>), p₁₂ where u = 0; lanes with u ≥ 3 are never undecided, so their bit does not matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TBlock Bits(ref ulong bits, int t, TBlock ones, TBlock twos) =>
        TBlock.Select(
            twos,
            TBlock.Broadcast(Unsafe.Add(ref bits, 3 * t)),
            TBlock.Select(ones, TBlock.Broadcast(Unsafe.Add(ref bits, (3 * t) + 1)), TBlock.Broadcast(Unsafe.Add(ref bits, (3 * t) + 2))));

    /// <summary>The masks of the in-row shifts, broadcast once per sweep.</summary>
    private readonly struct Shifts(in CubicSlots g)
    {
        public readonly TBlock First = TBlock.Broadcast(g.First);
        public readonly TBlock Last = TBlock.Broadcast(g.Last);
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
            // Bits outside the valid slots pick up neighbouring bits here; the kernels mask them out.
            TBlock towardsLeft = TBlock.Select(shifts.First, TBlock.ShiftRight(Own, shifts.Down), TBlock.ShiftLeft(Own, 1));
            TBlock towardsRight = TBlock.Select(shifts.Last, TBlock.ShiftLeft(Own, shifts.Down), TBlock.ShiftRight(Own, 1));
            Side = TBlock.Select(leftSlots, towardsLeft, towardsRight);
        }
    }
}
