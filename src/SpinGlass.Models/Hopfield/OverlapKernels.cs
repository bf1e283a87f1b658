using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// The two O(p) kernels of a Hopfield network, hand-vectorised (the JIT does not auto-vectorise): the dot product
/// <c>Σ_μ ξ^μ_i M_μ</c> of a neuron's pattern row with the overlaps, and the overlap update <c>M_μ += δ ξ^μ_i</c>
/// after a flip, for each <see cref="PatternLayout"/>. Integer arithmetic, so the vector and scalar paths agree
/// exactly; Vector512 where it is hardware-accelerated, else Vector256, else scalar.
/// </summary>
public static class OverlapKernels
{
    // Lane l of a 16-lane (8-lane) chunk tests bit l (bit 16 + l) of the broadcast 32-bit pattern word.
    private static readonly Vector512<int> LowBits512 = Vector512.Create(1, 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7, 1 << 8, 1 << 9, 1 << 10, 1 << 11, 1 << 12, 1 << 13, 1 << 14, 1 << 15);
    private static readonly Vector512<int> HighBits512 = LowBits512 << 16;
    private static readonly Vector256<int> Bits256 = Vector256.Create(1, 1 << 1, 1 << 2, 1 << 3, 1 << 4, 1 << 5, 1 << 6, 1 << 7);

    /// <summary>The width the int16 <see cref="Dot(ReadOnlySpan{short}, ReadOnlySpan{short})"/> runs at on this machine.</summary>
    internal static string Int16DotWidth =>
        Vector512.IsHardwareAccelerated && Avx512BW.IsSupported ? "Vector512" : Avx2.IsSupported ? "Vector256" : "scalar";

    /// <summary>
    /// The width <see cref="AddScaled(ReadOnlySpan{short}, Span{short}, short)"/>, <see cref="MaskedSum"/> and <see cref="AddSigned"/> run at on this machine.
    /// </summary>
    internal static string GenericWidth =>
        Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "scalar";

    /// <summary><c>Σ_μ row[μ] · overlaps[μ]</c> (int8 row, int32 overlaps).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<int> overlaps)
    {
        int p = row.Length, mu = 0, sum = 0;
        if (overlaps.Length < p)
        {
            throw new ArgumentException("The overlaps are shorter than the row.", nameof(overlaps));
        }

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

    /// <summary>
    /// <c>Σ_μ row[μ] · overlaps[μ]</c> for int16 rows and int16 overlaps (<c>pmaddwd</c>: pairwise products summed into
    /// int32 lanes, two accumulators). Exact while the true sum fits an int32. Fastest when the length is a multiple of
    /// 32 and both spans are 64-byte aligned (the <see cref="PatternLayout.Wide"/> layout pads and aligns them).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Dot(ReadOnlySpan<short> row, ReadOnlySpan<short> overlaps)
    {
        if (overlaps.Length < row.Length)
        {
            throw new ArgumentException("The overlaps are shorter than the row.", nameof(overlaps));
        }

        return Dot(ref MemoryMarshal.GetReference(row), ref MemoryMarshal.GetReference(overlaps), row.Length);
    }

    /// <summary>The int16 dot product over <paramref name="p"/> values from two references the caller has bounds-checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Dot(ref short r, ref short o, int p)
    {
        int mu = 0, sum = 0;
        if (Vector512.IsHardwareAccelerated && Avx512BW.IsSupported && p >= 32)
        {
            // native-width indices: no sign extension or recomputed offsets per chunk in the loop
            var acc0 = Vector512<int>.Zero;
            var acc1 = Vector512<int>.Zero;
            nuint i = 0, pairs = (nuint)(p & ~63), whole = (nuint)(p & ~31);
            for (; i < pairs; i += 64)
            {
                acc0 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r, i), Vector512.LoadUnsafe(ref o, i));
                acc1 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r, i + 32), Vector512.LoadUnsafe(ref o, i + 32));
            }

            if (i < whole)
            {
                acc0 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r, i), Vector512.LoadUnsafe(ref o, i));
            }

            mu = (int)whole;
            sum = Vector512.Sum(acc0 + acc1);
        }
        else if (Avx2.IsSupported && p >= 16)
        {
            var acc0 = Vector256<int>.Zero;
            var acc1 = Vector256<int>.Zero;
            for (; mu <= p - 32; mu += 32)
            {
                acc0 += Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref r, (nuint)mu), Vector256.LoadUnsafe(ref o, (nuint)mu));
                acc1 += Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref r, (nuint)(mu + 16)), Vector256.LoadUnsafe(ref o, (nuint)(mu + 16)));
            }

            if (mu <= p - 16)
            {
                acc0 += Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref r, (nuint)mu), Vector256.LoadUnsafe(ref o, (nuint)mu));
                mu += 16;
            }

            sum = Vector256.Sum(acc0 + acc1);
        }

        for (; mu < p; mu++)
        {
            sum += Unsafe.Add(ref r, mu) * Unsafe.Add(ref o, mu);
        }

        return sum;
    }

    /// <summary>
    /// The int16 dot product over the padded rows of the <see cref="PatternLayout.Wide"/> layout: <paramref name="length"/>
    /// a positive multiple of 32 (the values past p are zero), so there is no tail and no short-row case to test.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DotPadded(ref short r, ref short o, nuint length)
    {
        if (Vector512.IsHardwareAccelerated && Avx512BW.IsSupported)
        {
            var acc0 = Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r), Vector512.LoadUnsafe(ref o));
            var acc1 = Vector512<int>.Zero;
            nuint i = 32;
            for (; i + 64 <= length; i += 64)
            {
                acc0 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r, i), Vector512.LoadUnsafe(ref o, i));
                acc1 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r, i + 32), Vector512.LoadUnsafe(ref o, i + 32));
            }

            if (i < length)
            {
                acc1 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref r, i), Vector512.LoadUnsafe(ref o, i));
            }

            return Vector512.Sum(acc0 + acc1);
        }

        return Dot(ref r, ref o, (int)length);
    }

    /// <summary>
    /// <c>overlaps[μ] += delta · row[μ]</c> over the padded rows of the <see cref="PatternLayout.Wide"/> layout
    /// (<paramref name="length"/> a positive multiple of 32).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddScaledPadded(ref short r, ref short o, nuint length, short delta)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var d = Vector512.Create(delta);
            for (nuint i = 0; i < length; i += 32)
            {
                (Vector512.LoadUnsafe(ref o, i) + (Vector512.LoadUnsafe(ref r, i) * d)).StoreUnsafe(ref o, i);
            }

            return;
        }

        AddScaled(ref r, ref o, (int)length, delta);
    }

    /// <summary>
    /// <c>overlaps[μ] += delta · row[μ]</c> for every μ, int16 rows and overlaps (wrapping int16 arithmetic: exact
    /// while every result fits an int16, as <c>|M_μ| ≤ N ≤ 32767</c> guarantees for overlaps).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(ReadOnlySpan<short> row, Span<short> overlaps, short delta)
    {
        if (overlaps.Length < row.Length)
        {
            throw new ArgumentException("The overlaps are shorter than the row.", nameof(overlaps));
        }

        AddScaled(ref MemoryMarshal.GetReference(row), ref MemoryMarshal.GetReference(overlaps), row.Length, delta);
    }

    /// <summary>The int16 overlap update over <paramref name="p"/> values from two references the caller has bounds-checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddScaled(ref short r, ref short o, int p, short delta)
    {
        int mu = 0;
        if (Vector512.IsHardwareAccelerated && p >= 32)
        {
            var d = Vector512.Create(delta);
            nuint whole = (nuint)(p & ~31);
            for (nuint i = 0; i < whole; i += 32)
            {
                (Vector512.LoadUnsafe(ref o, i) + (Vector512.LoadUnsafe(ref r, i) * d)).StoreUnsafe(ref o, i);
            }

            mu = (int)whole;
        }
        else if (Vector256.IsHardwareAccelerated && p >= 16)
        {
            var d = Vector256.Create(delta);
            for (; mu <= p - 16; mu += 16)
            {
                (Vector256.LoadUnsafe(ref o, (nuint)mu) + Vector256.LoadUnsafe(ref r, (nuint)mu) * d).StoreUnsafe(ref o, (nuint)mu);
            }
        }

        for (; mu < p; mu++)
        {
            Unsafe.Add(ref o, mu) += (short)(delta * Unsafe.Add(ref r, mu));
        }
    }

    /// <summary>
    /// <c>Σ_{μ : bit μ set} values[μ]</c> over <c>μ &lt; values.Length</c>, where bit μ is bit <c>μ mod 64</c> of
    /// <c>bits[μ / 64]</c> (the <see cref="PatternLayout.Packed"/> row: bit set ⇔ <c>ξ = +1</c>). With the total
    /// <c>T = Σ_μ M_μ</c> the dot product is <c>Σ_μ ξ_μ M_μ = 2·MaskedSum − T</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int MaskedSum(ReadOnlySpan<ulong> bits, ReadOnlySpan<int> values)
    {
        int p = values.Length, mu = 0, sum = 0;
        if ((long)bits.Length * 64 < p)
        {
            throw new ArgumentException("The bit row is shorter than the values.", nameof(bits));
        }

        ref ulong b = ref MemoryMarshal.GetReference(bits);
        ref int v = ref MemoryMarshal.GetReference(values);
        if (Vector512.IsHardwareAccelerated)
        {
            var low = LowBits512;
            var high = HighBits512;
            var acc0 = Vector512<int>.Zero;
            var acc1 = Vector512<int>.Zero;
            var acc2 = Vector512<int>.Zero;
            var acc3 = Vector512<int>.Zero;
            for (; mu <= p - 64; mu += 64)
            {
                ulong w = Unsafe.Add(ref b, mu >> 6);
                var w0 = Vector512.Create((int)w);
                var w1 = Vector512.Create((int)(w >> 32));
                // masked adds: acc += v where the pattern bit is set (vptestnmd + vpaddd{k} on AVX-512)
                acc0 = Vector512.ConditionalSelect(Vector512.Equals(w0 & low, Vector512<int>.Zero), acc0, acc0 + Vector512.LoadUnsafe(ref v, (nuint)mu));
                acc1 = Vector512.ConditionalSelect(Vector512.Equals(w0 & high, Vector512<int>.Zero), acc1, acc1 + Vector512.LoadUnsafe(ref v, (nuint)(mu + 16)));
                acc2 = Vector512.ConditionalSelect(Vector512.Equals(w1 & low, Vector512<int>.Zero), acc2, acc2 + Vector512.LoadUnsafe(ref v, (nuint)(mu + 32)));
                acc3 = Vector512.ConditionalSelect(Vector512.Equals(w1 & high, Vector512<int>.Zero), acc3, acc3 + Vector512.LoadUnsafe(ref v, (nuint)(mu + 48)));
            }

            sum = Vector512.Sum((acc0 + acc1) + (acc2 + acc3));
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var lanes = Bits256;
            var acc = Vector256<int>.Zero;
            for (; mu <= p - 8; mu += 8)
            {
                var w = Vector256.Create((int)(Unsafe.Add(ref b, mu >> 6) >> (mu & 63)));
                acc += Vector256.LoadUnsafe(ref v, (nuint)mu) & ~Vector256.Equals(w & lanes, Vector256<int>.Zero);
            }

            sum = Vector256.Sum(acc);
        }

        for (; mu < p; mu++)
        {
            if (((Unsafe.Add(ref b, mu >> 6) >> (mu & 63)) & 1) != 0)
            {
                sum += Unsafe.Add(ref v, mu);
            }
        }

        return sum;
    }

    /// <summary>
    /// <c>values[μ] += bit μ set ? delta : −delta</c> over <c>μ &lt; values.Length</c> (bits as in
    /// <see cref="MaskedSum"/>): the overlap update <c>M_μ += δ ξ_μ</c> of a packed row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddSigned(ReadOnlySpan<ulong> bits, Span<int> values, int delta)
    {
        int p = values.Length, mu = 0;
        if ((long)bits.Length * 64 < p)
        {
            throw new ArgumentException("The bit row is shorter than the values.", nameof(bits));
        }

        ref ulong b = ref MemoryMarshal.GetReference(bits);
        ref int v = ref MemoryMarshal.GetReference(values);
        if (Vector512.IsHardwareAccelerated)
        {
            var low = LowBits512;
            var high = HighBits512;
            var plus = Vector512.Create(delta);
            var minus = Vector512.Create(-delta);
            for (; mu <= p - 64; mu += 64)
            {
                ulong w = Unsafe.Add(ref b, mu >> 6);
                var w0 = Vector512.Create((int)w);
                var w1 = Vector512.Create((int)(w >> 32));
                (Vector512.LoadUnsafe(ref v, (nuint)mu) + Vector512.ConditionalSelect(Vector512.Equals(w0 & low, Vector512<int>.Zero), minus, plus)).StoreUnsafe(ref v, (nuint)mu);
                (Vector512.LoadUnsafe(ref v, (nuint)(mu + 16)) + Vector512.ConditionalSelect(Vector512.Equals(w0 & high, Vector512<int>.Zero), minus, plus)).StoreUnsafe(ref v, (nuint)(mu + 16));
                (Vector512.LoadUnsafe(ref v, (nuint)(mu + 32)) + Vector512.ConditionalSelect(Vector512.Equals(w1 & low, Vector512<int>.Zero), minus, plus)).StoreUnsafe(ref v, (nuint)(mu + 32));
                (Vector512.LoadUnsafe(ref v, (nuint)(mu + 48)) + Vector512.ConditionalSelect(Vector512.Equals(w1 & high, Vector512<int>.Zero), minus, plus)).StoreUnsafe(ref v, (nuint)(mu + 48));
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var lanes = Bits256;
            var plus = Vector256.Create(delta);
            var minus = Vector256.Create(-delta);
            for (; mu <= p - 8; mu += 8)
            {
                var w = Vector256.Create((int)(Unsafe.Add(ref b, mu >> 6) >> (mu & 63)));
                (Vector256.LoadUnsafe(ref v, (nuint)mu) + Vector256.ConditionalSelect(Vector256.Equals(w & lanes, Vector256<int>.Zero), minus, plus)).StoreUnsafe(ref v, (nuint)mu);
            }
        }

        for (; mu < p; mu++)
        {
            Unsafe.Add(ref v, mu) += ((Unsafe.Add(ref b, mu >> 6) >> (mu & 63)) & 1) != 0 ? delta : -delta;
        }
    }
}
