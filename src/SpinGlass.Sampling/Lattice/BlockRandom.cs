using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// 32 independent xoshiro256++ streams, one per word lane of four interleaved eight-word blocks, stepped together
/// into a ring buffer. Every stream's state is the SplitMix64-seeded state of one output of the parent generator, so
/// the bits depend only on the parent's state, never on the vector width. (The ++ scrambler needs three vector
/// operations where ** needs five, and it made the whole sweep markedly faster; its low bits are as good as its high
/// ones for this use, where every bit of a word is an independent lane.) The kernel asks for a whole row's worst case up front
/// (<see cref="Reserve"/>), so its inner loop holds no call that would evict its vector registers.
/// </summary>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal sealed class BlockRandom<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>The most blocks one Bernoulli draw can consume (one per bit of the 0.64 fixed-point probability).</summary>
    public const int MaxBlocksPerDraw = 64;
    private const int Groups = 4;
    private const int W = IWordBlock<TBlock>.Words;

    // Layout: block (group g, state word k) at [(4g + k)·8, +8); lane b of that block is stream 8g + b.
    private readonly ulong[] _state = new ulong[Groups * 4 * W];
    private readonly AlignedWords _buffer;
    private int _available;

    /// <param name="parent">The chain's generator, advanced by 32 outputs.</param>
    /// <param name="drawsPerReserve">The most draws between two calls of <see cref="Reserve"/>.</param>
    public BlockRandom(Xoshiro256StarStar parent, int drawsPerReserve)
    {
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)(MaxBlocksPerDraw * (drawsPerReserve + 1)));
        _buffer = new AlignedWords(capacity * W);
        Mask = capacity - 1;
        for (int g = 0; g < Groups; g++)
        {
            for (int b = 0; b < W; b++)
            {
                var s = new Xoshiro256StarStar(parent.NextUInt64()).State;
                _state[((4 * g) + 0) * W + b] = s.S0;
                _state[((4 * g) + 1) * W + b] = s.S1;
                _state[((4 * g) + 2) * W + b] = s.S2;
                _state[((4 * g) + 3) * W + b] = s.S3;
            }
        }
    }

    /// <summary>The ring index of the next unused block.</summary>
    public int Position { get; private set; }

    /// <summary>Ring capacity − 1 (a power of two minus one).</summary>
    public int Mask { get; }

    public ref ulong Buffer => ref _buffer.Start;

    /// <summary>Makes sure that <paramref name="draws"/> Bernoulli draws can follow without a refill.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reserve(int draws)
    {
        if (_available < MaxBlocksPerDraw * draws)
        {
            Refill();
        }
    }

    /// <summary>Marks <paramref name="blocks"/> blocks from <see cref="Position"/> on as used.</summary>
    public void Consume(int blocks)
    {
        Position = (Position + blocks) & Mask;
        _available -= blocks;
    }

    /// <summary>Fills the free part of the ring behind the unused blocks: the r-th new block of group g is its r-th output.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Refill()
    {
        ref ulong st = ref MemoryMarshal.GetArrayDataReference(_state);
        ref ulong buf = ref Buffer;
        int mask = Mask, end = Position + _available, count = (mask + 1 - _available) & ~(Groups - 1);
        TBlock a0 = TBlock.Load(ref st, 0 * W), a1 = TBlock.Load(ref st, 1 * W), a2 = TBlock.Load(ref st, 2 * W), a3 = TBlock.Load(ref st, 3 * W);
        TBlock b0 = TBlock.Load(ref st, 4 * W), b1 = TBlock.Load(ref st, 5 * W), b2 = TBlock.Load(ref st, 6 * W), b3 = TBlock.Load(ref st, 7 * W);
        TBlock c0 = TBlock.Load(ref st, 8 * W), c1 = TBlock.Load(ref st, 9 * W), c2 = TBlock.Load(ref st, 10 * W), c3 = TBlock.Load(ref st, 11 * W);
        TBlock d0 = TBlock.Load(ref st, 12 * W), d1 = TBlock.Load(ref st, 13 * W), d2 = TBlock.Load(ref st, 14 * W), d3 = TBlock.Load(ref st, 15 * W);
        for (int r = 0; r < count; r += Groups)
        {
            TBlock.Store(Next(ref a0, ref a1, ref a2, ref a3), ref buf, ((end + r + 0) & mask) * W);
            TBlock.Store(Next(ref b0, ref b1, ref b2, ref b3), ref buf, ((end + r + 1) & mask) * W);
            TBlock.Store(Next(ref c0, ref c1, ref c2, ref c3), ref buf, ((end + r + 2) & mask) * W);
            TBlock.Store(Next(ref d0, ref d1, ref d2, ref d3), ref buf, ((end + r + 3) & mask) * W);
        }

        _available += count;
        TBlock.Store(a0, ref st, 0 * W); TBlock.Store(a1, ref st, 1 * W); TBlock.Store(a2, ref st, 2 * W); TBlock.Store(a3, ref st, 3 * W);
        TBlock.Store(b0, ref st, 4 * W); TBlock.Store(b1, ref st, 5 * W); TBlock.Store(b2, ref st, 6 * W); TBlock.Store(b3, ref st, 7 * W);
        TBlock.Store(c0, ref st, 8 * W); TBlock.Store(c1, ref st, 9 * W); TBlock.Store(c2, ref st, 10 * W); TBlock.Store(c3, ref st, 11 * W);
        TBlock.Store(d0, ref st, 12 * W); TBlock.Store(d1, ref st, 13 * W); TBlock.Store(d2, ref st, 14 * W); TBlock.Store(d3, ref st, 15 * W);
    }

    /// <summary>One xoshiro256++ step in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TBlock Next(ref TBlock s0, ref TBlock s1, ref TBlock s2, ref TBlock s3)
    {
        TBlock result = TBlock.Add(TBlock.RotateLeft(TBlock.Add(s0, s3), 23), s0);
        TBlock t = TBlock.ShiftLeft(s1, 17);
        s2 = TBlock.Xor(s2, s0);
        s3 = TBlock.Xor(s3, s1);
        s1 = TBlock.Xor(s1, s2);
        s0 = TBlock.Xor(s0, s3);
        s2 = TBlock.Xor(s2, t);
        s3 = TBlock.RotateLeft(s3, 45);
        return result;
    }
}
