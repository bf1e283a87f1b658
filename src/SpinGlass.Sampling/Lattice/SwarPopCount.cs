using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Per-word population counts for CPUs (or runtimes) without a vector popcount: SWAR bit slicing to per-byte
/// counts, then the byte sums of each word by <c>vpsadbw</c>.
/// </summary>
internal static class SwarPopCount
{
    private const ulong M1 = 0x5555555555555555UL, M2 = 0x3333333333333333UL, M4 = 0x0F0F0F0F0F0F0F0FUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<ulong> Of(Vector512<ulong> x)
    {
        x -= Vector512.ShiftRightLogical(x, 1) & Vector512.Create(M1);
        x = (x & Vector512.Create(M2)) + (Vector512.ShiftRightLogical(x, 2) & Vector512.Create(M2));
        x = (x + Vector512.ShiftRightLogical(x, 4)) & Vector512.Create(M4);
        return Avx512BW.SumAbsoluteDifferences(x.AsByte(), Vector512<byte>.Zero).AsUInt64();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ulong> Of(Vector256<ulong> x)
    {
        x -= Vector256.ShiftRightLogical(x, 1) & Vector256.Create(M1);
        x = (x & Vector256.Create(M2)) + (Vector256.ShiftRightLogical(x, 2) & Vector256.Create(M2));
        x = (x + Vector256.ShiftRightLogical(x, 4)) & Vector256.Create(M4);
        return Avx2.SumAbsoluteDifferences(x.AsByte(), Vector256<byte>.Zero).AsUInt64();
    }
}
