using System.Numerics;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// An immutable set of <c>p</c> patterns <c>ξ^μ_i = ±1</c> over <c>N</c> neurons, stored for the O(p) kernels in the
/// <see cref="PatternLayout"/> that suits its size.
/// </summary>
/// <remarks>
/// <para><see cref="PatternLayout.Wide"/> (small and medium networks): pattern-major int8 (<c>[μ·N + i]</c>) for
/// <see cref="Pattern"/> and overlaps, and neuron-major int16 rows padded to a multiple of 32 and 64-byte aligned for
/// the field and flip kernels; the neuron-major int8 copy behind <see cref="NeuronRow"/> is built on first use.</para>
/// <para><see cref="PatternLayout.Packed"/> (large networks): only neuron-major bit rows, one bit per pattern.
/// <see cref="Pattern"/> and <see cref="NeuronRow"/> then build a new array on every call.</para>
/// <para>Either way <c>N·p ≤ 2³¹ − 1</c>, so every field numerator <c>Σ_μ ξ^μ_i M_μ</c> is an exact int32.</para>
/// </remarks>
public sealed partial class PatternSet
{
    /// <summary>The largest N of the <see cref="PatternLayout.Wide"/> layout (int16 overlaps, <c>|M_μ| ≤ N</c>).</summary>
    public const int MaxWideNeurons = short.MaxValue;

    /// <summary>
    /// The automatic layout is <see cref="PatternLayout.Wide"/> while its int16 rows take at most this many bytes, else
    /// packed. Measured on capacity sweeps (two threads): beyond about 2 MB the int16 rows no longer stay in a core's
    /// cache and streaming them costs more than the 16× smaller bit rows' extra instructions (N = 4000–8000 at
    /// α = 0.12–0.22 ran 2.3× faster packed); below it, as for N = 2000, p = 200, the int16 rows are ~3× faster.
    /// </summary>
    public const long WideRowBytesLimit = 2L << 20;

    private readonly sbyte[] _patternMajor = [];
    private sbyte[]? _neuronMajor;
    private readonly short[] _rows16 = [];
    private readonly int _rows16Start;
    private readonly ulong[] _bits = [];
    private readonly int _words;
    private readonly int[] _plusCounts = [];

    /// <summary>Creates a pattern set from pattern-major data <c>[μ·N + i]</c> (copied), in the automatic layout.</summary>
    /// <param name="n">Number of neurons <c>N ≥ 1</c>.</param>
    /// <param name="patternMajor">The <c>p·N</c> values ±1.</param>
    public PatternSet(int n, ReadOnlySpan<sbyte> patternMajor)
        : this(n, patternMajor, LayoutFor(n, PatternCount(n, patternMajor.Length)))
    {
    }

    /// <summary>Creates a pattern set from pattern-major data <c>[μ·N + i]</c> (copied), in the given layout.</summary>
    /// <param name="n">Number of neurons <c>N ≥ 1</c>.</param>
    /// <param name="patternMajor">The <c>p·N</c> values ±1.</param>
    /// <param name="layout">The storage layout (<see cref="PatternLayout.Wide"/> needs <c>N ≤ 32767</c>).</param>
    public PatternSet(int n, ReadOnlySpan<sbyte> patternMajor, PatternLayout layout)
        : this(n, PatternCount(n, patternMajor.Length), layout)
    {
        ModelGuards.RequireSpins(patternMajor, patternMajor.Length);
        if (layout == PatternLayout.Wide)
        {
            _patternMajor = patternMajor.ToArray();
            (_rows16, _rows16Start) = BuildRows(_patternMajor, n, P, Stride, null);
        }
        else
        {
            var packer = new BitPacker(n, P);
            for (int w = 0; w < packer.Words; w++)
            {
                for (int mu = w * 64; mu < Math.Min(P, w * 64 + 64); mu++)
                {
                    var pattern = patternMajor.Slice(mu * n, n);
                    var row = packer.Row(mu);
                    for (int i = 0; i < n; i++)
                    {
                        if (pattern[i] > 0)
                        {
                            row[i >> 6] |= 1UL << (i & 63);
                        }
                    }
                }

                packer.Flush(w);
            }

            (_bits, _plusCounts) = packer.Finish();
        }
    }

    private PatternSet(int n, int p, PatternLayout layout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        if ((long)n * p > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, $"N·p = {(long)n * p} exceeds 2³¹ − 1, the limit of exact int32 fields.");
        }

        if (layout == PatternLayout.Wide && n > MaxWideNeurons)
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, $"The wide (int16) layout needs N ≤ {MaxWideNeurons}, got N = {n}.");
        }

        if (!Enum.IsDefined(layout))
        {
            throw new ArgumentOutOfRangeException(nameof(layout), layout, "Unknown layout.");
        }

        N = n;
        P = p;
        Layout = layout;
        _words = (p + 63) >> 6;
        Stride = layout == PatternLayout.Wide ? WideStride(p) : _words * 64;
    }

    /// <summary>Number of neurons <c>N</c>.</summary>
    public int N { get; }

    /// <summary>Number of patterns <c>p</c>.</summary>
    public int P { get; }

    /// <summary>The load <c>α = p/N</c>.</summary>
    public double Alpha => (double)P / N;

    /// <summary>How the patterns are stored.</summary>
    public PatternLayout Layout { get; }

    /// <summary>Length of a stored kernel row: p rounded up to 32 (int16) or 64 (packed).</summary>
    internal int Stride { get; }

    /// <summary>The layout chosen for N neurons and p patterns when none is given.</summary>
    public static PatternLayout LayoutFor(int n, int p) =>
        n <= MaxWideNeurons && 2L * n * WideStride(p) <= WideRowBytesLimit ? PatternLayout.Wide : PatternLayout.Packed;

    /// <summary>The bytes a pattern set of N neurons and p patterns holds in the automatic layout.</summary>
    public static long BytesFor(int n, int p) => BytesFor(n, p, LayoutFor(n, p));

    /// <summary>The bytes a pattern set of N neurons and p patterns holds in <paramref name="layout"/>.</summary>
    /// <remarks>The wide layout's lazy neuron-major int8 copy (N·p more) is not counted: the Hopfield kernels never build it.</remarks>
    public static long BytesFor(int n, int p, PatternLayout layout) => layout == PatternLayout.Wide
        ? 1L * n * p + 2L * n * WideStride(p) + AlignedArray.Alignment
        : 8L * n * ((p + 63L) >> 6) + 4L * n;

    /// <summary>Pattern <c>ξ^μ</c> as a span of <c>N</c> spins (a new array in the packed layout).</summary>
    public ReadOnlySpan<sbyte> Pattern(int mu)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mu);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mu, P);
        if (Layout == PatternLayout.Wide)
        {
            return _patternMajor.AsSpan(mu * N, N);
        }

        var pattern = new sbyte[N];
        CopyPattern(mu, pattern);
        return pattern;
    }

    /// <summary>Copies pattern <c>ξ^μ</c> into <paramref name="destination"/> (N spins).</summary>
    public void CopyPattern(int mu, Span<sbyte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mu);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mu, P);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, N, nameof(destination));
        if (Layout == PatternLayout.Wide)
        {
            _patternMajor.AsSpan(mu * N, N).CopyTo(destination);
            return;
        }

        int word = mu >> 6, bit = mu & 63;
        for (int i = 0; i < N; i++)
        {
            destination[i] = ((_bits[(long)i * _words + word] >> bit) & 1) != 0 ? (sbyte)1 : (sbyte)-1;
        }
    }

    /// <summary>The row <c>(ξ^1_i, …, ξ^p_i)</c> of neuron <c>i</c> (a new array in the packed layout).</summary>
    public ReadOnlySpan<sbyte> NeuronRow(int i)
    {
        if (Layout == PatternLayout.Wide)
        {
            return NeuronMajor().AsSpan(i * P, P);
        }

        var row = new sbyte[P];
        CopyNeuronRow(i, row);
        return row;
    }

    /// <summary>Copies the row <c>(ξ^1_i, …, ξ^p_i)</c> of neuron <c>i</c> into <paramref name="destination"/> (p values).</summary>
    public void CopyNeuronRow(int i, Span<sbyte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, N);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, P, nameof(destination));
        if (Layout == PatternLayout.Wide)
        {
            NeuronMajor().AsSpan(i * P, P).CopyTo(destination);
            return;
        }

        var bits = RowBits(i);
        for (int mu = 0; mu < P; mu++)
        {
            destination[mu] = ((bits[mu >> 6] >> (mu & 63)) & 1) != 0 ? (sbyte)1 : (sbyte)-1;
        }
    }

    /// <summary>
    /// Random patterns with <c>P(ξ = +1) = (1 + bias)/2</c>, i.i.d.; bias 0 (the default) is unbiased. Drawn in
    /// pattern-major order (one draw per value), so the patterns do not depend on the layout.
    /// </summary>
    public static PatternSet Random(int n, int p, Xoshiro256StarStar rng, double bias = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        return Random(n, p, rng, LayoutFor(n, p), bias);
    }

    /// <summary>Random patterns as <see cref="Random(int, int, Xoshiro256StarStar, double)"/>, in the given layout.</summary>
    public static PatternSet Random(int n, int p, Xoshiro256StarStar rng, PatternLayout layout, double bias = 0.0) =>
        Random(n, p, rng, layout, null, bias);

    /// <summary>
    /// Random patterns in the automatic layout as <see cref="Random(int, int, Xoshiro256StarStar, double)"/>; the
    /// set borrows the large arrays of <paramref name="buffers"/> (valid until the next set built on them).
    /// </summary>
    public static PatternSet Random(int n, int p, Xoshiro256StarStar rng, PatternBuffers buffers, double bias = 0.0)
    {
        ArgumentNullException.ThrowIfNull(buffers);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        return Random(n, p, rng, LayoutFor(n, p), buffers, bias);
    }

    private static PatternSet Random(int n, int p, Xoshiro256StarStar rng, PatternLayout layout, PatternBuffers? buffers, double bias)
    {
        if (!(bias >= -1 && bias <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(bias), bias, "Bias must lie in [-1, 1].");
        }

        var set = new PatternSet(n, p, layout);
        double up = (1 + bias) / 2;
        var generator = rng.Core; // an explicit local copy keeps the generator in registers; written back below
        if (layout == PatternLayout.Wide)
        {
            var data = buffers is null ? new sbyte[n * p] : buffers.PatternMajor(n * p);
            for (int k = 0; k < n * p; k++)
            {
                data[k] = bias == 0 ? generator.NextSpin() : generator.NextDouble() < up ? (sbyte)1 : (sbyte)-1;
            }

            rng.Core = generator;
            return new PatternSet(set, data, buffers);
        }

        var packer = new BitPacker(n, p, buffers);
        for (int w = 0; w < packer.Words; w++)
        {
            for (int mu = w * 64; mu < Math.Min(p, w * 64 + 64); mu++)
            {
                var row = packer.Row(mu);
                for (int i = 0; i < n; i += 64)
                {
                    // bit set ⇔ ξ = +1: NextSpin is +1 when the top bit of its draw is 0
                    int count = Math.Min(64, n - i);
                    ulong word = 0;
                    for (int b = 0; b < count; b++)
                    {
                        ulong plus = bias == 0 ? ~generator.NextUInt64() >> 63 : generator.NextDouble() < up ? 1UL : 0UL;
                        word |= plus << b;
                    }

                    row[i >> 6] = word;
                }
            }

            packer.Flush(w);
        }

        rng.Core = generator;
        return new PatternSet(set, packer.Finish());
    }

    /// <summary>The integer overlap numerator <c>N m_μ = Σ_i ξ^μ_i s_i</c>.</summary>
    public int Overlap(int mu, ReadOnlySpan<sbyte> spins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(spins.Length, N, nameof(spins));
        if (Layout == PatternLayout.Packed)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(mu);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mu, P);
            int word = mu >> 6, bit = mu & 63, total = 0;
            for (int i = 0; i < N; i++)
            {
                total += ((_bits[(long)i * _words + word] >> bit) & 1) != 0 ? spins[i] : -spins[i];
            }

            return total;
        }

        var pattern = Pattern(mu);
        int sum = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            sum += pattern[i] * spins[i];
        }

        return sum;
    }

    /// <summary>Wide layout: row i, <see cref="Stride"/> values, zero-padded past p, 64-byte aligned.</summary>
    internal ReadOnlySpan<short> Row16(int i) => _rows16.AsSpan(_rows16Start + i * Stride, Stride);

    /// <summary>Wide layout: the row storage and the aligned index of row 0.</summary>
    internal (short[] Rows, int Start) Rows16 => (_rows16, _rows16Start);

    /// <summary>Packed layout: row i, ⌈p/64⌉ words, bit μ set ⇔ ξ^μ_i = +1, zero past p.</summary>
    internal ReadOnlySpan<ulong> RowBits(int i) => _bits.AsSpan(i * _words, _words);

    /// <summary>Packed layout: the number of μ with ξ^μ_i = +1.</summary>
    internal int PlusCount(int i) => _plusCounts[i];

    private PatternSet(PatternSet shape, sbyte[] patternMajor, PatternBuffers? buffers)
        : this(shape.N, shape.P, PatternLayout.Wide)
    {
        _patternMajor = patternMajor;
        (_rows16, _rows16Start) = BuildRows(patternMajor, N, P, Stride, buffers);
    }

    private PatternSet(PatternSet shape, (ulong[] Bits, int[] PlusCounts) packed)
        : this(shape.N, shape.P, PatternLayout.Packed)
    {
        (_bits, _plusCounts) = packed;
    }

    private static int WideStride(int p) => (p + 31) & ~31;

    private static int PatternCount(int n, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (length % n != 0)
        {
            throw new ArgumentException($"Pattern data length {length} is not a multiple of N = {n}.", nameof(length));
        }

        return length / n;
    }

    private static (short[] Rows, int Start) BuildRows(sbyte[] patternMajor, int n, int p, int stride, PatternBuffers? buffers)
    {
        int start;
        var rows = buffers is null ? AlignedArray.Allocate<short>((long)n * stride, out start) : buffers.Rows((long)n * stride, out start);
        if (buffers is not null && stride > p)
        {
            // a reused buffer holds old values: zero the padding of every row (the rest is overwritten below)
            for (int i = 0; i < n; i++)
            {
                Array.Clear(rows, start + i * stride + p, stride - p);
            }
        }

        // in blocks of 64 neurons, so that the 64 rows being written stay in cache while μ runs
        for (int block = 0; block < n; block += 64)
        {
            int end = Math.Min(n, block + 64);
            for (int mu = 0; mu < p; mu++)
            {
                for (int i = block; i < end; i++)
                {
                    rows[start + i * stride + mu] = patternMajor[mu * n + i];
                }
            }
        }

        return (rows, start);
    }

    /// <summary>
    /// Wide layout: the neuron-major int8 copy <c>[i·p + μ]</c> behind <see cref="NeuronRow"/>, built on first use
    /// (the Hopfield kernels read the int16 rows; dense and sequence states read these).
    /// </summary>
    // the read is allocation-free once built (a lambda here would allocate a closure on every call)
    private sbyte[] NeuronMajor() => Volatile.Read(ref _neuronMajor) ?? BuildNeuronMajor();

    private sbyte[] BuildNeuronMajor()
    {
        var neuronMajor = new sbyte[N * P];
        for (int i = 0; i < N; i++)
        {
            var row = Row16(i);
            for (int mu = 0; mu < P; mu++)
            {
                neuronMajor[i * P + mu] = (sbyte)row[mu];
            }
        }

        return Interlocked.CompareExchange(ref _neuronMajor, neuronMajor, null) ?? neuronMajor;
    }
}
