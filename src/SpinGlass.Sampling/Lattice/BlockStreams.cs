using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Two groups of eight xoshiro256++ streams (one per word lane of an eight-word block), stepped in the registers of
/// the kernel that draws them (<see cref="MultispinBlockKernel{TBlock}"/>) rather than through a buffer: the kernel
/// loads the state once per half-sweep (<see cref="Load"/>), steps the groups alternately, one 512-bit word per step
/// (<see cref="Next"/>), and writes the state back (<see cref="Save"/>). Every stream's state is the SplitMix64-seeded
/// state of one output of the parent generator, so the bits depend only on the parent's state, never on the vector width.
/// </summary>
/// <remarks>
/// xoshiro256++: Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM Trans. Math. Softw. 47,
/// 36 (2021). Its ++ scrambler leaves no weak low bits, which matters here: every bit of a word is an independent lane.
/// Two groups give the out-of-order core two independent dependency chains.
/// </remarks>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal sealed class BlockStreams<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>Independent stream groups (each one eight-word block of streams).</summary>
    public const int Groups = 2;
    private const int W = IWordBlock<TBlock>.Words;

    // Layout: block (group g, state word k) at [(4g + k)·8, +8); lane b of that block is stream 8g + b.
    private readonly ulong[] _state = new ulong[Groups * 4 * W];

    /// <param name="parent">The chain's generator, advanced by 16 outputs.</param>
    public BlockStreams(Xoshiro256StarStar parent)
    {
        for (int g = 0; g < Groups; g++)
        {
            for (int b = 0; b < W; b++)
            {
                var s = new Xoshiro256StarStar(parent.NextUInt64()).State;
                _state[(((4 * g) + 0) * W) + b] = s.S0;
                _state[(((4 * g) + 1) * W) + b] = s.S1;
                _state[(((4 * g) + 2) * W) + b] = s.S2;
                _state[(((4 * g) + 3) * W) + b] = s.S3;
            }
        }
    }

    /// <summary>Reads the state of group <paramref name="group"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Load(int group, out TBlock s0, out TBlock s1, out TBlock s2, out TBlock s3)
    {
        ref ulong st = ref _state[4 * group * W];
        s0 = TBlock.Load(ref st, 0 * W);
        s1 = TBlock.Load(ref st, 1 * W);
        s2 = TBlock.Load(ref st, 2 * W);
        s3 = TBlock.Load(ref st, 3 * W);
    }

    /// <summary>Writes back the state of group <paramref name="group"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Save(int group, TBlock s0, TBlock s1, TBlock s2, TBlock s3)
    {
        ref ulong st = ref _state[4 * group * W];
        TBlock.Store(s0, ref st, 0 * W);
        TBlock.Store(s1, ref st, 1 * W);
        TBlock.Store(s2, ref st, 2 * W);
        TBlock.Store(s3, ref st, 3 * W);
    }

    /// <summary>
    /// One xoshiro256++ step in every lane, in nine vector operations: the reference code's five state XORs become two
    /// three-input and two two-input XORs, ordered so that each result overwrites a state word no later line reads
    /// (no register copies).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Next(ref TBlock s0, ref TBlock s1, ref TBlock s2, ref TBlock s3)
    {
        TBlock result = TBlock.Add(TBlock.RotateLeft(TBlock.Add(s0, s3), 23), s0);
        TBlock t = TBlock.ShiftLeft(s1, 17);
        TBlock s3x = TBlock.Xor(s3, s1);
        s1 = TBlock.Xor3(s1, s2, s0);
        s2 = TBlock.Xor3(s2, s0, t);
        s0 = TBlock.Xor(s0, s3x);
        s3 = TBlock.RotateLeft(s3x, 45);
        return result;
    }
}
