using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// The two O(p) kernels of a Hopfield network, hand-vectorised (the JIT does not auto-vectorise): the dot product
/// <c>Σ_μ ξ^μ_i M_μ</c> of a neuron's pattern row with the overlaps, and the overlap update <c>M_μ += δ ξ^μ_i</c>
/// after a flip. Integer arithmetic, so the vector and scalar paths agree exactly.
/// </summary>
public static class OverlapKernels
{
    /// <summary><c>Σ_μ row[μ] · overlaps[μ]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<int> overlaps)
    {
        int p = row.Length, mu = 0, sum = 0;
        ref sbyte r = ref MemoryMarshal.GetReference(row);
        ref int o = ref MemoryMarshal.GetReference(overlaps);
        if (Vector256.IsHardwareAccelerated && p >= 32)
        {
            var acc0 = Vector256<int>.Zero;
            var acc1 = Vector256<int>.Zero;
            for (; mu <= p - 32; mu += 32)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)mu));
                var (i0, i1) = Vector256.Widen(low);
                var (i2, i3) = Vector256.Widen(high);
                acc0 += i0 * Vector256.LoadUnsafe(ref o, (nuint)mu) + i2 * Vector256.LoadUnsafe(ref o, (nuint)(mu + 16));
                acc1 += i1 * Vector256.LoadUnsafe(ref o, (nuint)(mu + 8)) + i3 * Vector256.LoadUnsafe(ref o, (nuint)(mu + 24));
            }

            sum = Vector256.Sum(acc0 + acc1);
        }

        for (; mu < p; mu++)
        {
            sum += Unsafe.Add(ref r, mu) * Unsafe.Add(ref o, mu);
        }

        return sum;
    }

    /// <summary><c>overlaps[μ] += delta · row[μ]</c> for every μ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(ReadOnlySpan<sbyte> row, Span<int> overlaps, int delta)
    {
        int p = row.Length, mu = 0;
        if (overlaps.Length < p)
        {
            throw new ArgumentException("The overlaps are shorter than the row.", nameof(overlaps));
        }

        ref sbyte r = ref MemoryMarshal.GetReference(row);
        ref int o = ref MemoryMarshal.GetReference(overlaps);
        if (Vector256.IsHardwareAccelerated && p >= 32)
        {
            var d = Vector256.Create(delta);
            for (; mu <= p - 32; mu += 32)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)mu));
                var (i0, i1) = Vector256.Widen(low);
                var (i2, i3) = Vector256.Widen(high);
                (Vector256.LoadUnsafe(ref o, (nuint)mu) + i0 * d).StoreUnsafe(ref o, (nuint)mu);
                (Vector256.LoadUnsafe(ref o, (nuint)(mu + 8)) + i1 * d).StoreUnsafe(ref o, (nuint)(mu + 8));
                (Vector256.LoadUnsafe(ref o, (nuint)(mu + 16)) + i2 * d).StoreUnsafe(ref o, (nuint)(mu + 16));
                (Vector256.LoadUnsafe(ref o, (nuint)(mu + 24)) + i3 * d).StoreUnsafe(ref o, (nuint)(mu + 24));
            }
        }

        for (; mu < p; mu++)
        {
            Unsafe.Add(ref o, mu) += delta * Unsafe.Add(ref r, mu);
        }
    }
}
