using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Two groups of eight xoroshiro128++ streams (one per word lane of an eight-word block), stepped in the registers of
/// the kernel that draws them (<see cref="MultispinBlockKernel{TBlock}"/>, <see cref="CubicBlockKernel{TBlock}"/>) rather than through a buffer: the kernel
/// loads the state once per half-sweep (<see cref="Load"/>), steps the groups alternately, one 512-bit word per step
/// (<see cref="Next"/>), and writes the state back (<see cref="Save"/>). Every stream's state is the first two words of
/// the SplitMix64-seeded state of one output of the parent generator, so the bits depend only on the parent's state,
/// never on the vector width.
/// </summary>
/// <remarks>
/// xoroshiro128++: Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM Trans. Math. Softw. 47,
/// 36 (2021) — the same family as xoshiro256++, period 2¹²⁸ − 1 per stream, and like it free of weak low bits, which
/// matters here: every bit of a word is an independent lane. One step costs eight vector operations (three rotations,
/// two additions, a shift, a three-input and a two-input XOR) where xoshiro256++ needs nine, and two state words per
/// lane instead of four leave the kernel its registers. Two groups give the out-of-order core two independent chains.
/// </remarks>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal sealed class BlockStreams<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>Independent stream groups (each one eight-word block of streams).</summary>
    public const int Groups = 2;
    private const int W = IWordBlock<TBlock>.Words;

    // Layout: block (group g, state word k) at [(2g + k)·8, +8); lane b of that block is stream 8g + b.
    private readonly ulong[] _state = new ulong[Groups * 2 * W];

    /// <param name="parent">The chain's generator, advanced by 16 outputs.</param>
    public BlockStreams(Xoshiro256StarStar parent)
    {
        for (int g = 0; g < Groups; g++)
        {
            for (int b = 0; b < W; b++)
            {
                // SplitMix64 is a bijection of its seed, so two zero words would need one particular seed of 2⁶⁴;
                // the guard keeps the state valid even then.
                var s = new Xoshiro256StarStar(parent.NextUInt64()).State;
                bool zero = (s.S0 | s.S1) == 0;
                _state[(((2 * g) + 0) * W) + b] = zero ? s.S2 : s.S0;
                _state[(((2 * g) + 1) * W) + b] = zero ? s.S3 : s.S1;
            }
        }
    }

    /// <summary>Reads the state of group <paramref name="group"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load(int group, out TBlock s0, out TBlock s1)
    {
        ref ulong st = ref _state[2 * group * W];
        s0 = TBlock.Load(ref st, 0);
        s1 = TBlock.Load(ref st, W);
    }

    /// <summary>Writes back the state of group <paramref name="group"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Save(int group, TBlock s0, TBlock s1)
    {
        ref ulong st = ref _state[2 * group * W];
        TBlock.Store(s0, ref st, 0);
        TBlock.Store(s1, ref st, W);
    }

    /// <summary>One xoroshiro128++ step (a = 49, b = 21, c = 28; rotation 17) in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Next(ref TBlock s0, ref TBlock s1)
    {
        TBlock result = TBlock.Add(TBlock.RotateLeft(TBlock.Add(s0, s1), 17), s0);
        TBlock x = TBlock.Xor(s1, s0);
        s0 = TBlock.Xor3(TBlock.RotateLeft(s0, 49), x, TBlock.ShiftLeft(x, 21));
        s1 = TBlock.RotateLeft(x, 28);
        return result;
    }
}
