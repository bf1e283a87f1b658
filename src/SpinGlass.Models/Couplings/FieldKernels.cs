using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// The O(N) kernel of an explicit coupling matrix, hand-vectorised (the JIT does not auto-vectorise): the field update
/// <c>h_i += δ J_ik</c> after a flip of spin k, over a contiguous row of the matrix, stored in double or (exactly, see
/// <see cref="CouplingMatrix.IsSinglePrecision"/>) in single precision. Vector512 where it is hardware-accelerated, else
/// Vector256, else scalar.
/// </summary>
/// <remarks>
/// Every path makes, element by element, the same two roundings as the scalar loop <c>h_i += δ · J_ik</c> in double
/// precision: the product (exact for the flip's <c>δ = ±2</c> and a reset's <c>δ = ±1</c>) and the sum, in the same order
/// for every element, so the widths agree bit for bit and a chain's fields do not depend on the CPU. A float32 row is
/// widened to double first (exact), so it gives the fields of the same row stored as doubles, bit for bit.
/// </remarks>
internal static class FieldKernels
{
    /// <summary>The width <see cref="AddScaled(ReadOnlySpan{double}, Span{double}, double)"/> runs at on this machine.</summary>
    public static string Width => Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : "scalar";

    /// <summary><c>fields[i] += delta · column[i]</c> for every i of <paramref name="fields"/>, at the widest accelerated width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            AddScaled512(column, fields, delta);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            AddScaled256(column, fields, delta);
        }
        else
        {
            AddScaledScalar(column, fields, delta);
        }
    }

    /// <summary><c>fields[i] += delta · column[i]</c> for a float32 column, widened to double: at the widest accelerated width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaled(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            AddScaled512(column, fields, delta);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            AddScaled256(column, fields, delta);
        }
        else
        {
            AddScaledScalar(column, fields, delta);
        }
    }

    /// <summary>The float32 <see cref="AddScaled(ReadOnlySpan{float}, Span{double}, double)"/> with Vector512 (16 couplings a step), then the scalar tail.</summary>
    public static void AddScaled512(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        int n = RequireColumn(column, fields), quarter = (n / 4) & ~15, i = 0;
        ref float c = ref MemoryMarshal.GetReference(column);
        ref double h = ref MemoryMarshal.GetReference(fields);
        var d = Vector512.Create(delta);
        for (; i < quarter; i += 16)
        {
            // four streams a quarter row apart, as for double rows
            Step(ref c, ref h, d, i);
            Step(ref c, ref h, d, i + quarter);
            Step(ref c, ref h, d, i + (2 * quarter));
            Step(ref c, ref h, d, i + (3 * quarter));
        }

        for (i = 4 * quarter; i <= n - 16; i += 16)
        {
            Step(ref c, ref h, d, i);
        }

        Tail(ref c, ref h, i, n, delta);
    }

    /// <summary>The float32 <see cref="AddScaled(ReadOnlySpan{float}, Span{double}, double)"/> with Vector256 (8 couplings a step), then the scalar tail.</summary>
    public static void AddScaled256(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        int n = RequireColumn(column, fields), quarter = (n / 4) & ~7, i = 0;
        ref float c = ref MemoryMarshal.GetReference(column);
        ref double h = ref MemoryMarshal.GetReference(fields);
        var d = Vector256.Create(delta);
        for (; i < quarter; i += 8)
        {
            Step(ref c, ref h, d, i);
            Step(ref c, ref h, d, i + quarter);
            Step(ref c, ref h, d, i + (2 * quarter));
            Step(ref c, ref h, d, i + (3 * quarter));
        }

        for (i = 4 * quarter; i <= n - 8; i += 8)
        {
            Step(ref c, ref h, d, i);
        }

        Tail(ref c, ref h, i, n, delta);
    }

    /// <summary>The scalar reference loop of the float32 <see cref="AddScaled(ReadOnlySpan{float}, Span{double}, double)"/>.</summary>
    public static void AddScaledScalar(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        int n = RequireColumn(column, fields);
        Tail(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), 0, n, delta);
    }

    /// <summary><see cref="AddScaled(ReadOnlySpan{double}, Span{double}, double)"/> with Vector512, then the scalar tail.</summary>
    public static void AddScaled512(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        int n = RequireColumn(column, fields), quarter = (n / 4) & ~7, i = 0;
        ref double c = ref MemoryMarshal.GetReference(column);
        ref double h = ref MemoryMarshal.GetReference(fields);
        var d = Vector512.Create(delta);
        for (; i < quarter; i += 8)
        {
            // four streams a quarter row apart: a row spans several pages, and the hardware prefetcher stops at each
            Step(ref c, ref h, d, i);
            Step(ref c, ref h, d, i + quarter);
            Step(ref c, ref h, d, i + (2 * quarter));
            Step(ref c, ref h, d, i + (3 * quarter));
        }

        for (i = 4 * quarter; i <= n - 8; i += 8)
        {
            Step(ref c, ref h, d, i);
        }

        Tail(ref c, ref h, i, n, delta);
    }

    /// <summary><see cref="AddScaled(ReadOnlySpan{double}, Span{double}, double)"/> with Vector256, then the scalar tail.</summary>
    public static void AddScaled256(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        int n = RequireColumn(column, fields), quarter = (n / 4) & ~3, i = 0;
        ref double c = ref MemoryMarshal.GetReference(column);
        ref double h = ref MemoryMarshal.GetReference(fields);
        var d = Vector256.Create(delta);
        for (; i < quarter; i += 4)
        {
            Step(ref c, ref h, d, i);
            Step(ref c, ref h, d, i + quarter);
            Step(ref c, ref h, d, i + (2 * quarter));
            Step(ref c, ref h, d, i + (3 * quarter));
        }

        for (i = 4 * quarter; i <= n - 4; i += 4)
        {
            Step(ref c, ref h, d, i);
        }

        Tail(ref c, ref h, i, n, delta);
    }

    /// <summary>The scalar reference loop of <see cref="AddScaled(ReadOnlySpan{double}, Span{double}, double)"/>.</summary>
    public static void AddScaledScalar(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        int n = RequireColumn(column, fields);
        Tail(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), 0, n, delta);
    }

    private static int RequireColumn(ReadOnlySpan<double> column, Span<double> fields) =>
        column.Length >= fields.Length ? fields.Length : throw new ArgumentException("The column is shorter than the fields.", nameof(column));

    private static int RequireColumn(ReadOnlySpan<float> column, Span<double> fields) =>
        column.Length >= fields.Length ? fields.Length : throw new ArgumentException("The column is shorter than the fields.", nameof(column));

    /// <summary>16 float32 couplings widened to two Vector512 of doubles: <c>h += d · (double)c</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref float c, ref double h, Vector512<double> d, int i)
    {
        var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref c, (nuint)i));
        (Vector512.LoadUnsafe(ref h, (nuint)i) + (d * low)).StoreUnsafe(ref h, (nuint)i);
        (Vector512.LoadUnsafe(ref h, (nuint)(i + 8)) + (d * high)).StoreUnsafe(ref h, (nuint)(i + 8));
    }

    /// <summary>8 float32 couplings widened to two Vector256 of doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref float c, ref double h, Vector256<double> d, int i)
    {
        var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref c, (nuint)i));
        (Vector256.LoadUnsafe(ref h, (nuint)i) + (d * low)).StoreUnsafe(ref h, (nuint)i);
        (Vector256.LoadUnsafe(ref h, (nuint)(i + 4)) + (d * high)).StoreUnsafe(ref h, (nuint)(i + 4));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tail(ref float c, ref double h, int i, int n, double delta)
    {
        for (; i < n; i++)
        {
            Unsafe.Add(ref h, i) += delta * Unsafe.Add(ref c, i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref double c, ref double h, Vector512<double> d, int i) =>
        (Vector512.LoadUnsafe(ref h, (nuint)i) + (d * Vector512.LoadUnsafe(ref c, (nuint)i))).StoreUnsafe(ref h, (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Step(ref double c, ref double h, Vector256<double> d, int i) =>
        (Vector256.LoadUnsafe(ref h, (nuint)i) + (d * Vector256.LoadUnsafe(ref c, (nuint)i))).StoreUnsafe(ref h, (nuint)i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Tail(ref double c, ref double h, int i, int n, double delta)
    {
        for (; i < n; i++)
        {
            Unsafe.Add(ref h, i) += delta * Unsafe.Add(ref c, i);
        }
    }
}
