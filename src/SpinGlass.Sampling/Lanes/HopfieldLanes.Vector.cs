using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Sampling.Lanes;

/// <summary>The AVX-512BW sweep of <see cref="HopfieldLanes"/>.</summary>
public sealed partial class HopfieldLanes
{
    /// <summary>The AVX-512BW sweep: sixteen lanes per vector; the overlap change of each update fused with the next dot product.</summary>
    private long SweepVector()
    {
        ref long tables = ref MemoryMarshal.GetArrayDataReference(_tables);
        ref short overlaps = ref MemoryMarshal.GetArrayDataReference(_overlaps);
        ref int rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref int spins = ref MemoryMarshal.GetArrayDataReference(_spins);
        // the lanes' generator states, word-major (s0 of lanes 0–15, then s1, …), for the sweep
        Span<ulong> words = stackalloc ulong[4 * Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            var state = _streams[lane].State;
            (words[lane], words[Lanes + lane], words[(2 * Lanes) + lane], words[(3 * Lanes) + lane]) = (state.S0, state.S1, state.S2, state.S3);
        }

        ref ulong streams = ref MemoryMarshal.GetReference(words);
        var s0a = Vector512.LoadUnsafe(ref streams, 0);
        var s0b = Vector512.LoadUnsafe(ref streams, 8);
        var s1a = Vector512.LoadUnsafe(ref streams, 16);
        var s1b = Vector512.LoadUnsafe(ref streams, 24);
        var s2a = Vector512.LoadUnsafe(ref streams, 32);
        var s2b = Vector512.LoadUnsafe(ref streams, 40);
        var s3a = Vector512.LoadUnsafe(ref streams, 48);
        var s3b = Vector512.LoadUnsafe(ref streams, 56);
        var low = Vector512.Create(_tableLow);
        var bases = Vector512.Create(_tableBase);
        var last = Vector512.Create(_tableLast);
        var p = Vector512.Create(P);
        var lowHalf = Vector512.Create(0xFFFF);
        int pairs = _pairs, n = N;
        long flips = 0;

        int i = _sites.NextInt(n);
        var dot = Vector512<int>.Zero;
        ref int first = ref Unsafe.Add(ref rows, i * pairs);
        for (int m = 0; m < pairs; m++)
        {
            dot += Avx512BW.MultiplyAddAdjacent(Vector512.LoadUnsafe(ref overlaps, (nuint)(m * 32)), Vector512.Create(Unsafe.Add(ref first, m)).AsInt16());
        }

        for (int k = 0; k < n; k++)
        {
            ref int row = ref Unsafe.Add(ref rows, i * pairs);
            var s = Vector512.LoadUnsafe(ref spins, (nuint)(i * Lanes));
            var index = Vector512.Min(Vector512.Max((((dot * s) - p) - low) >> 1, Vector512<int>.Zero), last) + bases;
            var (t0, t1) = Gather(ref tables, index);

            // the sixteen lanes' draws (xoshiro256**, lanes 0–7 and 8–15)
            var ra = Avx512F.RotateLeft(s1a * 5, 7) * 9;
            var rb = Avx512F.RotateLeft(s1b * 5, 7) * 9;
            Advance(ref s0a, ref s1a, ref s2a, ref s3a);
            Advance(ref s0b, ref s1b, ref s2b, ref s3b);
            var flip = Vector512.Narrow(Vector512.LessThan((ra >> 11).AsInt64(), t0), Vector512.LessThan((rb >> 11).AsInt64(), t1));
            var delta = (s * -2) & flip;
            flips += BitOperations.PopCount(flip.ExtractMostSignificantBits());
            (s + delta).StoreUnsafe(ref spins, (nuint)(i * Lanes));
            var deltaPair = ((delta & lowHalf) | (delta << 16)).AsInt16();

            // M_μ += δ ξ^μ_i in every lane (δ = 0 where the spin stays), fused with the next site's dot product
            int next = k + 1 < n ? _sites.NextInt(n) : i;
            ref int nextRow = ref Unsafe.Add(ref rows, next * pairs);
            var dot0 = Vector512<int>.Zero;
            var dot1 = Vector512<int>.Zero;
            // references stepped pair by pair (no index arithmetic or sign extension in the loop)
            ref short at = ref overlaps;
            ref int pair = ref row;
            ref int nextPair = ref nextRow;
            ref int pairsEnd = ref Unsafe.Add(ref row, pairs & ~1);
            while (Unsafe.IsAddressLessThan(ref pair, ref pairsEnd))
            {
                dot0 += UpdateAndDot(ref at, deltaPair, ref pair, ref nextPair);
                dot1 += UpdateAndDot(ref Unsafe.Add(ref at, 32), deltaPair, ref Unsafe.Add(ref pair, 1), ref Unsafe.Add(ref nextPair, 1));
                at = ref Unsafe.Add(ref at, 64);
                pair = ref Unsafe.Add(ref pair, 2);
                nextPair = ref Unsafe.Add(ref nextPair, 2);
            }

            if ((pairs & 1) != 0)
            {
                dot0 += UpdateAndDot(ref at, deltaPair, ref pair, ref nextPair);
            }

            dot = dot0 + dot1;
            i = next;
        }

        s0a.StoreUnsafe(ref streams, 0);
        s0b.StoreUnsafe(ref streams, 8);
        s1a.StoreUnsafe(ref streams, 16);
        s1b.StoreUnsafe(ref streams, 24);
        s2a.StoreUnsafe(ref streams, 32);
        s2b.StoreUnsafe(ref streams, 40);
        s3a.StoreUnsafe(ref streams, 48);
        s3b.StoreUnsafe(ref streams, 56);
        for (int lane = 0; lane < Lanes; lane++)
        {
            _streams[lane].State = new(words[lane], words[Lanes + lane], words[(2 * Lanes) + lane], words[(3 * Lanes) + lane]);
        }

        return flips;
    }

    /// <summary>The sixteen lanes' thresholds <c>tables[index_l]</c> (every index inside the table by construction).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector512<long> Low, Vector512<long> High) Gather(ref long tables, Vector512<int> index) => (
        Vector512.Create(
            Unsafe.Add(ref tables, index.GetElement(0)), Unsafe.Add(ref tables, index.GetElement(1)), Unsafe.Add(ref tables, index.GetElement(2)), Unsafe.Add(ref tables, index.GetElement(3)),
            Unsafe.Add(ref tables, index.GetElement(4)), Unsafe.Add(ref tables, index.GetElement(5)), Unsafe.Add(ref tables, index.GetElement(6)), Unsafe.Add(ref tables, index.GetElement(7))),
        Vector512.Create(
            Unsafe.Add(ref tables, index.GetElement(8)), Unsafe.Add(ref tables, index.GetElement(9)), Unsafe.Add(ref tables, index.GetElement(10)), Unsafe.Add(ref tables, index.GetElement(11)),
            Unsafe.Add(ref tables, index.GetElement(12)), Unsafe.Add(ref tables, index.GetElement(13)), Unsafe.Add(ref tables, index.GetElement(14)), Unsafe.Add(ref tables, index.GetElement(15))));

    /// <summary>One pattern pair at <paramref name="at"/>: <c>M += δ·ξ_i</c> stored, and the pair's part of the next site's dot product from it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> UpdateAndDot(ref short at, Vector512<short> deltaPair, ref int pair, ref int nextPair)
    {
        // broadcasts straight from the rows (vpbroadcastd from memory, no round trip through a general register)
        var updated = Vector512.LoadUnsafe(ref at) + (deltaPair * Vector512.Create(pair).AsInt16());
        updated.StoreUnsafe(ref at);
        return Avx512BW.MultiplyAddAdjacent(updated, Vector512.Create(nextPair).AsInt16());
    }

    /// <summary>The xoshiro256** state transition, eight lanes at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Advance(ref Vector512<ulong> s0, ref Vector512<ulong> s1, ref Vector512<ulong> s2, ref Vector512<ulong> s3)
    {
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Avx512F.RotateLeft(s3, 45);
    }
}
