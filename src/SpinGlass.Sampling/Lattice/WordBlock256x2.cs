using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Sampling.Lattice;

/// <summary>A block of eight words as two <see cref="Vector256{T}"/> (AVX2), lane for lane the same as <see cref="WordBlock512"/>.</summary>
internal readonly struct WordBlock256x2 : IWordBlock<WordBlock256x2>
{
    private readonly Vector256<ulong> _lo;
    private readonly Vector256<ulong> _hi;

    private WordBlock256x2(Vector256<ulong> lo, Vector256<ulong> hi) => (_lo, _hi) = (lo, hi);

    public static bool IsSupported => Vector256.IsHardwareAccelerated && Avx2.IsSupported;

    public static WordBlock256x2 Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Load(ref ulong source, nint offset) =>
        new(Vector256.LoadUnsafe(ref source, (nuint)offset), Vector256.LoadUnsafe(ref source, (nuint)offset + 4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(WordBlock256x2 value, ref ulong destination, nint offset)
    {
        value._lo.StoreUnsafe(ref destination, (nuint)offset);
        value._hi.StoreUnsafe(ref destination, (nuint)offset + 4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Broadcast(ulong value) => new(Vector256.Create(value), Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Xor(WordBlock256x2 left, WordBlock256x2 right) => new(left._lo ^ right._lo, left._hi ^ right._hi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 And(WordBlock256x2 left, WordBlock256x2 right) => new(left._lo & right._lo, left._hi & right._hi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Or(WordBlock256x2 left, WordBlock256x2 right) => new(left._lo | right._lo, left._hi | right._hi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 AndNot(WordBlock256x2 left, WordBlock256x2 right) =>
        new(Vector256.AndNot(left._lo, right._lo), Vector256.AndNot(left._hi, right._hi));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Not(WordBlock256x2 value) => new(~value._lo, ~value._hi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Add(WordBlock256x2 left, WordBlock256x2 right) => new(left._lo + right._lo, left._hi + right._hi);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 ShiftLeft(WordBlock256x2 value, int count) =>
        new(Vector256.ShiftLeft(value._lo, count), Vector256.ShiftLeft(value._hi, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 ShiftRight(WordBlock256x2 value, int count) =>
        new(Vector256.ShiftRightLogical(value._lo, count), Vector256.ShiftRightLogical(value._hi, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 RotateLeft(WordBlock256x2 value, byte count) =>
        new(Vector256.ShiftLeft(value._lo, count) | Vector256.ShiftRightLogical(value._lo, 64 - count),
            Vector256.ShiftLeft(value._hi, count) | Vector256.ShiftRightLogical(value._hi, 64 - count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 AndNotXor(WordBlock256x2 a, WordBlock256x2 b, WordBlock256x2 c) => AndNot(a, Xor(b, c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 OrAndNot(WordBlock256x2 a, WordBlock256x2 b, WordBlock256x2 c) => Or(a, AndNot(b, c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 OrAnd(WordBlock256x2 a, WordBlock256x2 b, WordBlock256x2 c) => Or(a, And(b, c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Xor3(WordBlock256x2 a, WordBlock256x2 b, WordBlock256x2 c) => Xor(Xor(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Majority(WordBlock256x2 a, WordBlock256x2 b, WordBlock256x2 c) => OrAnd(And(a, b), c, Or(a, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 BothDiffer(WordBlock256x2 s, WordBlock256x2 a, WordBlock256x2 b) => And(Xor(s, a), Xor(s, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 AnyDiffers(WordBlock256x2 s, WordBlock256x2 a, WordBlock256x2 b) => Or(Xor(s, a), Xor(s, b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 Select(WordBlock256x2 mask, WordBlock256x2 a, WordBlock256x2 b) => Or(And(mask, a), AndNot(b, mask));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 SelectNot(WordBlock256x2 mask, WordBlock256x2 a, WordBlock256x2 b) => Or(AndNot(mask, a), AndNot(b, mask));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 PreviousWords(WordBlock256x2 current, WordBlock256x2 previous) =>
        new(Up(current._lo, previous._hi), Up(current._hi, current._lo));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 NextWords(WordBlock256x2 current, WordBlock256x2 next) =>
        new(Down(current._lo, current._hi), Down(current._hi, next._lo));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(WordBlock256x2 value) => (value._lo | value._hi) == Vector256<ulong>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock256x2 PopCount(WordBlock256x2 value) => new(SwarPopCount.Of(value._lo), SwarPopCount.Of(value._hi));

    /// <summary><c>[below₃, v₀, v₁, v₂]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Up(Vector256<ulong> v, Vector256<ulong> below) =>
        Avx2.Blend(Avx2.Permute4x64(v, 0b10_01_00_11).AsUInt32(), Avx2.Permute4x64(below, 0b11_11_11_11).AsUInt32(), 0b0000_0011).AsUInt64();

    /// <summary><c>[v₁, v₂, v₃, above₀]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Down(Vector256<ulong> v, Vector256<ulong> above) =>
        Avx2.Blend(Avx2.Permute4x64(v, 0b00_11_10_01).AsUInt32(), Avx2.Permute4x64(above, 0).AsUInt32(), 0b1100_0000).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Sum(WordBlock256x2 value) => Vector256.Sum(value._lo + value._hi);
}
