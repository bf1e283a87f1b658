using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Benchmarks;

/// <summary>
/// An experiment, not product code: the C yardstick's <c>overlap_avx512</c> dot product (neuron-major int16 patterns
/// padded to a multiple of 32, int16 overlaps, <c>vpmaddwd</c> into two int32 accumulators), to show how much of the
/// gap to C is the data layout and the instruction choice of <c>OverlapKernels.Dot</c>.
/// </summary>
internal sealed class Int16OverlapDot
{
    private readonly short[] _rows;
    private readonly short[] _overlaps;

    public Int16OverlapDot(SpinGlass.Models.Hopfield.PatternSet patterns, ReadOnlySpan<int> overlaps)
    {
        N = patterns.N;
        Stride = (patterns.P + 31) / 32 * 32;
        _rows = new short[N * Stride];
        _overlaps = new short[Stride];
        for (int i = 0; i < N; i++)
        {
            var row = patterns.NeuronRow(i);
            for (int mu = 0; mu < row.Length; mu++)
            {
                _rows[i * Stride + mu] = row[mu];
            }
        }

        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            _overlaps[mu] = checked((short)overlaps[mu]);
        }
    }

    public int N { get; }

    public int Stride { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Dot(int i)
    {
        ref short x = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), i * Stride);
        ref short m = ref MemoryMarshal.GetArrayDataReference(_overlaps);
        if (Avx512BW.IsSupported)
        {
            var a0 = Vector512<int>.Zero;
            var a1 = Vector512<int>.Zero;
            int k = 0;
            for (; k + 64 <= Stride; k += 64)
            {
                a0 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref x, (nuint)k), Vector512.LoadUnsafe(ref m, (nuint)k));
                a1 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref x, (nuint)(k + 32)), Vector512.LoadUnsafe(ref m, (nuint)(k + 32)));
            }

            for (; k < Stride; k += 32)
            {
                a0 += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref x, (nuint)k), Vector512.LoadUnsafe(ref m, (nuint)k));
            }

            return Vector512.Sum(a0 + a1);
        }

        int sum = 0;
        for (int k = 0; k < Stride; k++)
        {
            sum += Unsafe.Add(ref x, k) * Unsafe.Add(ref m, k);
        }

        return sum;
    }
}
