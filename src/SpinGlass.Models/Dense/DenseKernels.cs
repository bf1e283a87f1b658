using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Models.Dense;

/// <summary>
/// The two O(K) kernels of a dense associative memory over a neuron's int16 pattern row <c>ξ^μ_i</c> and the int32
/// overlaps <c>M_μ</c> (both padded with zeros to a multiple of 32): the overlap update <c>M_μ += δ ξ^μ_i</c> and the
/// polynomial flip cost <c>Σ_μ [F(M_μ) − F(M_μ − 2σ_μ)]</c>, <c>σ_μ = ξ^μ_i s_i</c>, <c>F(x) = xⁿ</c> (or
/// <c>max(x, 0)ⁿ</c>, rectified). Vector512 where it is hardware-accelerated, else Vector256, else scalar.
/// </summary>
/// <remarks>
/// Integer arithmetic, so every width gives the same numbers. The vector flip cost works in int32 lanes that may wrap:
/// every operation is exact modulo 2³², so the lane sums are the true sum modulo 2³², which is the true sum whenever
/// its magnitude is below 2³¹ — guaranteed by the caller's bound <c>K · max_x |F(x) − F(x − 2)| &lt; 2³¹</c>
/// (<see cref="DenseAssociativeMemory"/> checks it once). A padding lane (<c>ξ = 0</c>, <c>M = 0</c>) adds
/// <c>F(0) − F(0) = 0</c>.
/// </remarks>
internal static class DenseKernels
{
    /// <summary>The width of <see cref="Add"/> and <see cref="PolynomialCost"/> on this machine.</summary>
    public static string Width => Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "scalar";

    /// <summary><c>overlaps[μ] += delta · row[μ]</c> over the padded length (a multiple of 32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ReadOnlySpan<short> row, Span<int> overlaps, int delta)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Add512(row, overlaps, delta);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Add256(row, overlaps, delta);
        }
        else
        {
            AddScalar(row, overlaps, delta);
        }
    }

    /// <summary>
    /// <c>Σ_μ [F(M_μ) − F(M_μ − 2ξ^μ s)]</c> with <c>F(x) = xⁿ</c> (<c>max(x, 0)ⁿ</c> when <paramref name="rectified"/>),
    /// exact under the int32 bound of the remarks.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PolynomialCost(ReadOnlySpan<short> row, ReadOnlySpan<int> overlaps, int s, int power, bool rectified) =>
        Vector512.IsHardwareAccelerated ? PolynomialCost512(row, overlaps, s, power, rectified)
        : Vector256.IsHardwareAccelerated ? PolynomialCost256(row, overlaps, s, power, rectified)
        : PolynomialCostScalar(row, overlaps, s, power, rectified);

    /// <summary><see cref="Add"/> in Vector512 (32 overlaps per step).</summary>
    public static void Add512(ReadOnlySpan<short> row, Span<int> overlaps, int delta)
    {
        int length = RequirePadded(row, overlaps);
        ref short r = ref MemoryMarshal.GetReference(row);
        ref int m = ref MemoryMarshal.GetReference(overlaps);
        var d = Vector512.Create(delta);
        for (int mu = 0; mu < length; mu += 32)
        {
            var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref r, (nuint)mu));
            (Vector512.LoadUnsafe(ref m, (nuint)mu) + (d * low)).StoreUnsafe(ref m, (nuint)mu);
            (Vector512.LoadUnsafe(ref m, (nuint)(mu + 16)) + (d * high)).StoreUnsafe(ref m, (nuint)(mu + 16));
        }
    }

    /// <summary><see cref="Add"/> in Vector256 (16 overlaps per step).</summary>
    public static void Add256(ReadOnlySpan<short> row, Span<int> overlaps, int delta)
    {
        int length = RequirePadded(row, overlaps);
        ref short r = ref MemoryMarshal.GetReference(row);
        ref int m = ref MemoryMarshal.GetReference(overlaps);
        var d = Vector256.Create(delta);
        for (int mu = 0; mu < length; mu += 16)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)mu));
            (Vector256.LoadUnsafe(ref m, (nuint)mu) + (d * low)).StoreUnsafe(ref m, (nuint)mu);
            (Vector256.LoadUnsafe(ref m, (nuint)(mu + 8)) + (d * high)).StoreUnsafe(ref m, (nuint)(mu + 8));
        }
    }

    /// <summary>The scalar reference loop of <see cref="Add"/>.</summary>
    public static void AddScalar(ReadOnlySpan<short> row, Span<int> overlaps, int delta)
    {
        int length = RequirePadded(row, overlaps);
        for (int mu = 0; mu < length; mu++)
        {
            overlaps[mu] += delta * row[mu];
        }
    }

    /// <summary><see cref="PolynomialCost"/> in Vector512 int32 lanes (32 overlaps per step).</summary>
    public static int PolynomialCost512(ReadOnlySpan<short> row, ReadOnlySpan<int> overlaps, int s, int power, bool rectified)
    {
        int length = RequirePadded(row, overlaps);
        ref short r = ref MemoryMarshal.GetReference(row);
        ref int m = ref MemoryMarshal.GetReference(overlaps);
        var twoS = Vector512.Create(2 * s);
        var sum0 = Vector512<int>.Zero;
        var sum1 = Vector512<int>.Zero;
        for (int mu = 0; mu < length; mu += 32)
        {
            var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref r, (nuint)mu));
            var m0 = Vector512.LoadUnsafe(ref m, (nuint)mu);
            var m1 = Vector512.LoadUnsafe(ref m, (nuint)(mu + 16));
            sum0 += Term(m0, m0 - (twoS * low), power, rectified);
            sum1 += Term(m1, m1 - (twoS * high), power, rectified);
        }

        return Vector512.Sum(sum0 + sum1);
    }

    /// <summary><see cref="PolynomialCost"/> in Vector256 int32 lanes (16 overlaps per step).</summary>
    public static int PolynomialCost256(ReadOnlySpan<short> row, ReadOnlySpan<int> overlaps, int s, int power, bool rectified)
    {
        int length = RequirePadded(row, overlaps);
        ref short r = ref MemoryMarshal.GetReference(row);
        ref int m = ref MemoryMarshal.GetReference(overlaps);
        var twoS = Vector256.Create(2 * s);
        var sum0 = Vector256<int>.Zero;
        var sum1 = Vector256<int>.Zero;
        for (int mu = 0; mu < length; mu += 16)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref r, (nuint)mu));
            var m0 = Vector256.LoadUnsafe(ref m, (nuint)mu);
            var m1 = Vector256.LoadUnsafe(ref m, (nuint)(mu + 8));
            sum0 += Term(m0, m0 - (twoS * low), power, rectified);
            sum1 += Term(m1, m1 - (twoS * high), power, rectified);
        }

        return Vector256.Sum(sum0 + sum1);
    }

    /// <summary>The scalar reference of <see cref="PolynomialCost"/>, in the same wrapping int32 arithmetic.</summary>
    public static int PolynomialCostScalar(ReadOnlySpan<short> row, ReadOnlySpan<int> overlaps, int s, int power, bool rectified)
    {
        int length = RequirePadded(row, overlaps), sum = 0;
        for (int mu = 0; mu < length; mu++)
        {
            int a = overlaps[mu], b = a - (2 * s * row[mu]);
            sum += Power(rectified ? Math.Max(a, 0) : a, power) - Power(rectified ? Math.Max(b, 0) : b, power);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Term(Vector512<int> a, Vector512<int> b, int power, bool rectified)
    {
        if (rectified)
        {
            a = Vector512.Max(a, Vector512<int>.Zero);
            b = Vector512.Max(b, Vector512<int>.Zero);
        }

        Vector512<int> pa = a, pb = b;
        for (int k = 1; k < power; k++)
        {
            pa *= a;
            pb *= b;
        }

        return pa - pb;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Term(Vector256<int> a, Vector256<int> b, int power, bool rectified)
    {
        if (rectified)
        {
            a = Vector256.Max(a, Vector256<int>.Zero);
            b = Vector256.Max(b, Vector256<int>.Zero);
        }

        Vector256<int> pa = a, pb = b;
        for (int k = 1; k < power; k++)
        {
            pa *= a;
            pb *= b;
        }

        return pa - pb;
    }

    private static int Power(int x, int power)
    {
        int p = x;
        for (int k = 1; k < power; k++)
        {
            p *= x;
        }

        return p;
    }

    private static int RequirePadded(ReadOnlySpan<short> row, ReadOnlySpan<int> overlaps) =>
        row.Length % 32 == 0 && overlaps.Length == row.Length
            ? row.Length
            : throw new ArgumentException("Rows and overlaps must have the same length, a multiple of 32.", nameof(row));
}
