using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Sampling.Tempering;

/// <summary>The overlap of two configurations, <c>N q = Σ_i s_i^a s_i^b</c>, exactly, 32 spins per step.</summary>
public static class ReplicaOverlap
{
    /// <summary>
    /// <c>Σ_i s_i^a s_i^b = N − 2 d</c>, <c>d</c> the number of differing spins (counted from the equality mask of 32
    /// bytes at a time).
    /// </summary>
    /// <exception cref="ArgumentException">The configurations differ in length.</exception>
    public static int Sum(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Configurations of {a.Length} and {b.Length} spins have no overlap.", nameof(b));
        }

        int n = a.Length, equal = 0, i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref sbyte x = ref MemoryMarshal.GetReference(a);
            ref sbyte y = ref MemoryMarshal.GetReference(b);
            for (; i + Vector256<sbyte>.Count <= n; i += Vector256<sbyte>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref x, (nuint)i), Vector256.LoadUnsafe(ref y, (nuint)i));
                equal += BitOperations.PopCount(mask.ExtractMostSignificantBits());
            }
        }

        for (; i < n; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return 2 * equal - n;
    }
}
