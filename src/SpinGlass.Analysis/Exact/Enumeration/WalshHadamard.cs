using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// The fast Walsh–Hadamard transform in place, unnormalised: <c>Ŵ(k) = Σ_x w(x) (−1)^{popcount(k ∧ x)}</c>, in
/// <c>N·2^N</c> additions. The levels below <see cref="BlockLength"/> run block by block in cache, the others as
/// whole passes; butterflies of stride ≥ 4 are Vector256.
/// </summary>
internal static class WalshHadamard
{
    /// <summary>Values per in-cache block (2^14 doubles, 128 KiB).</summary>
    public const int BlockLength = 1 << 14;

    /// <summary>Transforms <paramref name="values"/> (a power-of-two length) in place.</summary>
    public static void Transform(Span<double> values, CancellationToken cancellation = default)
    {
        if (!BitOperations.IsPow2(values.Length))
        {
            throw new ArgumentException("The length must be a power of two.", nameof(values));
        }

        int block = Math.Min(values.Length, BlockLength);
        for (int start = 0; start < values.Length; start += block)
        {
            var part = values.Slice(start, block);
            for (int half = 1; half < block; half *= 2)
            {
                Level(part, half);
            }
        }

        for (int half = block; half < values.Length; half *= 2)
        {
            cancellation.ThrowIfCancellationRequested();
            Level(values, half);
        }
    }

    private static void Level(Span<double> values, int half)
    {
        ref double first = ref MemoryMarshal.GetReference(values);
        for (int start = 0; start < values.Length; start += 2 * half)
        {
            if (half >= Vector256<double>.Count)
            {
                for (int i = start; i < start + half; i += Vector256<double>.Count)
                {
                    var a = Vector256.LoadUnsafe(ref first, (nuint)i);
                    var b = Vector256.LoadUnsafe(ref first, (nuint)(i + half));
                    (a + b).StoreUnsafe(ref first, (nuint)i);
                    (a - b).StoreUnsafe(ref first, (nuint)(i + half));
                }
            }
            else
            {
                for (int i = start; i < start + half; i++)
                {
                    double a = values[i], b = values[i + half];
                    values[i] = a + b;
                    values[i + half] = a - b;
                }
            }
        }
    }
}
