using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Sampling.Lattice;

/// <summary>A block of eight words as one <see cref="Vector512{T}"/> (AVX-512).</summary>
internal readonly struct WordBlock512 : IWordBlock<WordBlock512>
{
    private readonly Vector512<ulong> _v;

    private WordBlock512(Vector512<ulong> v) => _v = v;

    public static bool IsSupported => Vector512.IsHardwareAccelerated && Avx512F.IsSupported && Avx512BW.IsSupported;

    public static WordBlock512 Zero => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Load(ref ulong source, nint offset) => new(Vector512.LoadUnsafe(ref source, (nuint)offset));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(WordBlock512 value, ref ulong destination, nint offset) => value._v.StoreUnsafe(ref destination, (nuint)offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Broadcast(ulong value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Xor(WordBlock512 left, WordBlock512 right) => new(left._v ^ right._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 And(WordBlock512 left, WordBlock512 right) => new(left._v & right._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Or(WordBlock512 left, WordBlock512 right) => new(left._v | right._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 AndNot(WordBlock512 left, WordBlock512 right) => new(Vector512.AndNot(left._v, right._v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Not(WordBlock512 value) => new(~value._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Add(WordBlock512 left, WordBlock512 right) => new(left._v + right._v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 ShiftLeft(WordBlock512 value, int count) => new(Vector512.ShiftLeft(value._v, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 ShiftRight(WordBlock512 value, int count) => new(Vector512.ShiftRightLogical(value._v, count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#pragma warning disable CA1857 // every caller passes a constant, and the call is inlined
    public static WordBlock512 RotateLeft(WordBlock512 value, byte count) => new(Avx512F.RotateLeft(value._v, count));
#pragma warning restore CA1857

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 AndNotXor(WordBlock512 a, WordBlock512 b, WordBlock512 c) => new(Avx512F.TernaryLogic(a._v, b._v, c._v, 0x90));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 OrAndNot(WordBlock512 a, WordBlock512 b, WordBlock512 c) => new(Avx512F.TernaryLogic(a._v, b._v, c._v, 0xF4));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 OrAnd(WordBlock512 a, WordBlock512 b, WordBlock512 c) => new(Avx512F.TernaryLogic(a._v, b._v, c._v, 0xF8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Xor3(WordBlock512 a, WordBlock512 b, WordBlock512 c) => new(Avx512F.TernaryLogic(a._v, b._v, c._v, 0x96));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Majority(WordBlock512 a, WordBlock512 b, WordBlock512 c) => new(Avx512F.TernaryLogic(a._v, b._v, c._v, 0xE8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 BothDiffer(WordBlock512 s, WordBlock512 a, WordBlock512 b) => new(Avx512F.TernaryLogic(s._v, a._v, b._v, 0x18));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 AnyDiffers(WordBlock512 s, WordBlock512 a, WordBlock512 b) => new(Avx512F.TernaryLogic(s._v, a._v, b._v, 0x7E));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 Select(WordBlock512 mask, WordBlock512 a, WordBlock512 b) => new(Avx512F.TernaryLogic(mask._v, a._v, b._v, 0xCA));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 SelectNot(WordBlock512 mask, WordBlock512 a, WordBlock512 b) => new(Avx512F.TernaryLogic(mask._v, a._v, b._v, 0x3A));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 PreviousWords(WordBlock512 current, WordBlock512 previous) => new(Avx512F.AlignRight64(current._v, previous._v, 7));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 NextWords(WordBlock512 current, WordBlock512 next) => new(Avx512F.AlignRight64(next._v, current._v, 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsZero(WordBlock512 value) => value._v == Vector512<ulong>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static WordBlock512 PopCount(WordBlock512 value) => new(SwarPopCount.Of(value._v));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Sum(WordBlock512 value) => Vector512.Sum(value._v);
}
