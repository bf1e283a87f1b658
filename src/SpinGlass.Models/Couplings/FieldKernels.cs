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

    /// <summary>The double-precision update with Vector512 (8 couplings a step), then the scalar tail.</summary>
    public static void AddScaled512(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        var step = new Double512(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), delta);
        FourStreams(ref step, RequireColumn(column.Length, fields.Length));
    }

    /// <summary>The double-precision update with Vector256 (4 couplings a step), then the scalar tail.</summary>
    public static void AddScaled256(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        var step = new Double256(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), delta);
        FourStreams(ref step, RequireColumn(column.Length, fields.Length));
    }

    /// <summary>The scalar reference loop of the double-precision update.</summary>
    public static void AddScaledScalar(ReadOnlySpan<double> column, Span<double> fields, double delta)
    {
        var step = new Double512(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), delta);
        step.Tail(0, RequireColumn(column.Length, fields.Length));
    }

    /// <summary>The float32 update with Vector512 (16 couplings a step, widened to two vectors of doubles), then the scalar tail.</summary>
    public static void AddScaled512(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        var step = new Single512(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), delta);
        FourStreams(ref step, RequireColumn(column.Length, fields.Length));
    }

    /// <summary>The float32 update with Vector256 (8 couplings a step), then the scalar tail.</summary>
    public static void AddScaled256(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        var step = new Single256(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), delta);
        FourStreams(ref step, RequireColumn(column.Length, fields.Length));
    }

    /// <summary>The scalar reference loop of the float32 update.</summary>
    public static void AddScaledScalar(ReadOnlySpan<float> column, Span<double> fields, double delta)
    {
        var step = new Single512(ref MemoryMarshal.GetReference(column), ref MemoryMarshal.GetReference(fields), delta);
        step.Tail(0, RequireColumn(column.Length, fields.Length));
    }

    private static int RequireColumn(int column, int fields) =>
        column >= fields ? fields : throw new ArgumentException("The column is shorter than the fields.", nameof(column));

    /// <summary>
    /// Steps of <typeparamref name="TStep"/>'s width over n elements: four streams a quarter row apart (a row spans several
    /// pages, and the hardware prefetcher stops at each), then the whole steps left, then the scalar tail.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FourStreams<TStep>(ref TStep step, int n)
        where TStep : IRowStep, allows ref struct
    {
        int width = TStep.Width, quarter = (n / 4) & -width, i = 0;
        for (; i < quarter; i += width)
        {
            step.At(i);
            step.At(i + quarter);
            step.At(i + (2 * quarter));
            step.At(i + (3 * quarter));
        }

        for (i = 4 * quarter; i <= n - width; i += width)
        {
            step.At(i);
        }

        step.Tail(i, n);
    }

    /// <summary>One vector step <c>h[i … i + Width) += d · c[i … i + Width)</c> of a row kernel, and its scalar tail.</summary>
    private interface IRowStep
    {
        /// <summary>Elements per step (a power of two).</summary>
        static abstract int Width { get; }

        void At(int i);

        void Tail(int i, int n);
    }

    private readonly ref struct Double512(ref double c, ref double h, double delta) : IRowStep
    {
        private readonly ref double _c = ref c;
        private readonly ref double _h = ref h;
        private readonly Vector512<double> _d = Vector512.Create(delta);
        private readonly double _delta = delta;

        public static int Width => 8;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void At(int i) =>
            (Vector512.LoadUnsafe(ref _h, (nuint)i) + (_d * Vector512.LoadUnsafe(ref _c, (nuint)i))).StoreUnsafe(ref _h, (nuint)i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Tail(int i, int n)
        {
            for (; i < n; i++)
            {
                Unsafe.Add(ref _h, i) += _delta * Unsafe.Add(ref _c, i);
            }
        }
    }

    private readonly ref struct Double256(ref double c, ref double h, double delta) : IRowStep
    {
        private readonly ref double _c = ref c;
        private readonly ref double _h = ref h;
        private readonly Vector256<double> _d = Vector256.Create(delta);
        private readonly double _delta = delta;

        public static int Width => 4;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void At(int i) =>
            (Vector256.LoadUnsafe(ref _h, (nuint)i) + (_d * Vector256.LoadUnsafe(ref _c, (nuint)i))).StoreUnsafe(ref _h, (nuint)i);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Tail(int i, int n) => new Double512(ref _c, ref _h, _delta).Tail(i, n);
    }

    private readonly ref struct Single512(ref float c, ref double h, double delta) : IRowStep
    {
        private readonly ref float _c = ref c;
        private readonly ref double _h = ref h;
        private readonly Vector512<double> _d = Vector512.Create(delta);
        private readonly double _delta = delta;

        public static int Width => 16;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void At(int i)
        {
            var (low, high) = Vector512.Widen(Vector512.LoadUnsafe(ref _c, (nuint)i));
            (Vector512.LoadUnsafe(ref _h, (nuint)i) + (_d * low)).StoreUnsafe(ref _h, (nuint)i);
            (Vector512.LoadUnsafe(ref _h, (nuint)(i + 8)) + (_d * high)).StoreUnsafe(ref _h, (nuint)(i + 8));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Tail(int i, int n)
        {
            for (; i < n; i++)
            {
                Unsafe.Add(ref _h, i) += _delta * Unsafe.Add(ref _c, i);
            }
        }
    }

    private readonly ref struct Single256(ref float c, ref double h, double delta) : IRowStep
    {
        private readonly ref float _c = ref c;
        private readonly ref double _h = ref h;
        private readonly Vector256<double> _d = Vector256.Create(delta);
        private readonly double _delta = delta;

        public static int Width => 8;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void At(int i)
        {
            var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref _c, (nuint)i));
            (Vector256.LoadUnsafe(ref _h, (nuint)i) + (_d * low)).StoreUnsafe(ref _h, (nuint)i);
            (Vector256.LoadUnsafe(ref _h, (nuint)(i + 4)) + (_d * high)).StoreUnsafe(ref _h, (nuint)(i + 4));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Tail(int i, int n) => new Single512(ref _c, ref _h, _delta).Tail(i, n);
    }
}
