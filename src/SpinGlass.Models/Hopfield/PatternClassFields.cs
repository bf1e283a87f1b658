using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// The fields of a network with few patterns by neuron class: neurons with the same column <c>(ξ¹_i, …, ξᵖ_i)</c> share
/// the integer field <c>F_c = Σ_μ ξ^μ_c M_μ</c> (the numerator of <see cref="OverlapCache.Dot"/>), so with
/// <c>p ≤ </c><see cref="MaxPatterns"/> an update reads one of at most 64 integers instead of a row of p, and a flip of a
/// class-c neuron by <c>Δ</c> adds <c>Δ·G_{ct}</c> to every <c>F_t</c>, with <c>G_{ct} = Σ_μ ξ^μ_c ξ^μ_t = p − 2·popcount(c ⊕ t)</c>
/// (2ᵖ integers, a few vector additions). Exact integers: the same costs, hence the same decisions, as the row loops.
/// </summary>
internal sealed class PatternClassFields
{
    /// <summary>The most patterns classed: 2⁶ = 64 classes, a 16 KB Gram table and four 512-bit additions per flip.</summary>
    public const int MaxPatterns = 6;

    private readonly byte[] _class;
    private readonly int[] _gram;
    private readonly int[] _fields;
    private readonly int _width;
    private readonly int _p;

    public PatternClassFields(PatternSet patterns)
    {
        int n = patterns.N;
        _p = patterns.P;
        if (_p is < 1 or > MaxPatterns)
        {
            throw new ArgumentOutOfRangeException(nameof(patterns), $"Pattern classes need 1 ≤ p ≤ {MaxPatterns}, got p = {_p}.");
        }

        int classes = 1 << _p;
        _width = Math.Max(16, classes);
        _class = new byte[n];
        for (int mu = 0; mu < _p; mu++)
        {
            var pattern = patterns.Pattern(mu);
            for (int i = 0; i < n; i++)
            {
                _class[i] |= (byte)(pattern[i] > 0 ? 1 << mu : 0);
            }
        }

        // row c of G, padded with zeros to whole vectors of 16 lanes (the padding fields stay 0)
        _gram = new int[classes * _width];
        for (int c = 0; c < classes; c++)
        {
            for (int t = 0; t < classes; t++)
            {
                _gram[(c * _width) + t] = _p - (2 * BitOperations.PopCount((uint)(c ^ t)));
            }
        }

        _fields = new int[_width];
    }

    /// <summary>The class codes: bit μ of neuron i's code is set when <c>ξ^μ_i = +1</c>.</summary>
    public ReadOnlySpan<byte> Classes => _class;

    /// <summary>The current class fields (valid after <see cref="Load"/>, kept by <see cref="Flip"/>).</summary>
    public Span<int> Fields => _fields.AsSpan(0, 1 << _p);

    /// <summary>Sets <c>F_t = Σ_μ ξ^μ_t M_μ</c> from the overlaps.</summary>
    public void Load(ReadOnlySpan<int> overlaps)
    {
        for (int t = 0; t < 1 << _p; t++)
        {
            int sum = 0;
            for (int mu = 0; mu < _p; mu++)
            {
                sum += ((t >> mu) & 1) != 0 ? overlaps[mu] : -overlaps[mu];
            }

            _fields[t] = sum;
        }
    }

    /// <summary>The fields after a neuron of class <paramref name="c"/> changed by <paramref name="delta"/> (±2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int c, int delta)
    {
        ref int f = ref MemoryMarshal.GetArrayDataReference(_fields);
        ref int g = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_gram), c * _width);
        if (Vector512.IsHardwareAccelerated)
        {
            var d = Vector512.Create(delta);
            for (int t = 0; t < _width; t += 16)
            {
                (Vector512.LoadUnsafe(ref f, (nuint)t) + (Vector512.LoadUnsafe(ref g, (nuint)t) * d)).StoreUnsafe(ref f, (nuint)t);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            var d = Vector256.Create(delta);
            for (int t = 0; t < _width; t += 8)
            {
                (Vector256.LoadUnsafe(ref f, (nuint)t) + (Vector256.LoadUnsafe(ref g, (nuint)t) * d)).StoreUnsafe(ref f, (nuint)t);
            }
        }
        else
        {
            for (int t = 0; t < _width; t++)
            {
                Unsafe.Add(ref f, t) += delta * Unsafe.Add(ref g, t);
            }
        }
    }
}
