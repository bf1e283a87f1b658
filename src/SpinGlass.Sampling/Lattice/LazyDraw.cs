using System.Numerics;
using System.Runtime.CompilerServices;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The pieces of the lazy bitwise Bernoulli draw shared by the vector multispin kernels
/// (<see cref="MultispinBlockKernel{TBlock}"/>, <see cref="CubicBlockKernel{TBlock}"/>): round t compares bit t of a fresh
/// uniform word per lane with bit t of the lane's p; a lane is decided at the first round where the two differ, and
/// accepts exactly when that bit of p is 1 — equivalently, when its uniform bit there is 0. So the kernels keep, per lane,
/// the complement of the uniform bit of the last round in which the lane was still undecided (one bitwise select): after
/// the last round that is the decision. A lane never decided (all 64 bits equal: u ≥ ⌊p·2⁶⁴⌋/2⁶⁴) is rejected. The
/// acceptance is the exact Bernoulli(⌊p·2⁶⁴⌋/2⁶⁴) per lane, with independent bits per lane and round.
/// </summary>
/// <typeparam name="TBlock">The vector implementation of an eight-word block.</typeparam>
internal static class LazyDraw<TBlock>
    where TBlock : struct, IWordBlock<TBlock>
{
    /// <summary>
    /// Rounds drawn before the first test for undecided lanes (even: the two stream groups alternate). A 512-lane draw
    /// needs about log₂(lanes drawing) + 2 rounds (≈ 10 near T_c); a fixed minimum replaces a mispredicted loop exit
    /// per block by a few wasted rounds.
    /// </summary>
    public const int SureRounds = 12;

    /// <summary>
    /// One round: the lanes whose uniform bit <paramref name="u"/> equals their probability bit <paramref name="pm"/>
    /// stay undecided; the others are decided, and accept where u = 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Round(TBlock u, TBlock pm, ref TBlock undecided, ref TBlock decision)
    {
        decision = TBlock.SelectNot(undecided, u, decision);
        undecided = TBlock.AndNotXor(undecided, u, pm);
    }

    /// <summary>The set bits of one block's eight words, by scalar <c>popcnt</c> (which runs beside the vector units).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PopCount(ref ulong words) =>
        BitOperations.PopCount(words) + BitOperations.PopCount(Unsafe.Add(ref words, 1))
        + BitOperations.PopCount(Unsafe.Add(ref words, 2)) + BitOperations.PopCount(Unsafe.Add(ref words, 3))
        + BitOperations.PopCount(Unsafe.Add(ref words, 4)) + BitOperations.PopCount(Unsafe.Add(ref words, 5))
        + BitOperations.PopCount(Unsafe.Add(ref words, 6)) + BitOperations.PopCount(Unsafe.Add(ref words, 7));
}
