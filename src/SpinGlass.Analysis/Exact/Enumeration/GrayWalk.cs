using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// The hot loops of exact enumeration: every configuration of <c>N ≤ 32</c> spins in Gray-code order (step <c>t</c>
/// flips spin <c>k = tz(t)</c>), starting from all spins −1 (configuration index 0; bit <c>i</c> set ↔ <c>s_i = +1</c>).
/// The local fields <c>h_i = Σ_j J_ij s_j + h_i^ext</c> live in 32 padded lanes and a flip of <c>k</c> adds one
/// precomputed row <c>±2J_·k</c> to them (Vector256), so a step costs O(N/8) vector operations and no allocation;
/// <c>ΔE = 2 s_k h_k</c>. A configuration is a local minimum when no single flip lowers its energy:
/// <c>s_i h_i ≥ 0</c> for every <c>i</c> (a flip of cost 0 is allowed: degenerate minima such as the frustrated
/// triangle's count).
/// </summary>
internal static class GrayWalk
{
    /// <summary>Lanes of the padded field vector.</summary>
    public const int Lanes = 32;

    /// <summary>States between a real walk's flushes (and resynchronisations of its fields from scratch).</summary>
    public const int BlockSize = 4096;

    private const int CancellationMask = (1 << 20) - 1;

    /// <summary>
    /// The integer walk: fills <paramref name="histogram"/> (joint counts of E and M: cell <c>(E + bound)·(N+1) + (M+N)/2</c>),
    /// <paramref name="energies"/> (when given, <c>E</c> by configuration index) and <paramref name="minima"/>.
    /// </summary>
    /// <remarks><c>couplings</c>: J_ij row-major with <see cref="Lanes"/> columns (J_ii = 0, padding 0); <c>fields</c>: h_i.</remarks>
    /// <returns>The energy tracked incrementally at the last configuration (for the caller's check against a direct sum).</returns>
    public static int Integer(
        int n, ReadOnlySpan<int> couplings, ReadOnlySpan<int> fields, int bound, Span<int> histogram, Span<int> energies, MinimaBuffer minima,
        CancellationToken cancellation)
    {
        var rows = new int[2 * n * Lanes];
        var h = new int[Lanes];
        var mask = new int[Lanes];
        var oneHot = new int[Lanes * Lanes];
        int e = 0;
        for (int i = 0; i < n; i++)
        {
            int row = fields[i];
            for (int j = 0; j < n; j++)
            {
                row -= couplings[(i * Lanes) + j];
                rows[(2 * i * Lanes) + j] = 2 * couplings[(j * Lanes) + i];
                rows[(((2 * i) + 1) * Lanes) + j] = -2 * couplings[(j * Lanes) + i];
            }

            h[i] = row;
            e += fields[i] - UpperRowSum(couplings, i, n);
            mask[i] = -1;
            oneHot[(i * Lanes) + i] = -1;
        }

        int stride = n + 1, magnetisation = -n;
        bool keepEnergies = !energies.IsEmpty;
        histogram[(e + bound) * stride]++;
        if (keepEnergies)
        {
            energies[0] = e;
        }

        ref int hRef = ref MemoryMarshal.GetArrayDataReference(h);
        ref int rowsRef = ref MemoryMarshal.GetArrayDataReference(rows);
        ref int oneHotRef = ref MemoryMarshal.GetArrayDataReference(oneHot);
        ref int histogramRef = ref MemoryMarshal.GetReference(histogram);
        var m0 = Vector256.Create(mask, 0);
        var m1 = Vector256.Create(mask, 8);
        var m2 = Vector256.Create(mask, 16);
        var m3 = Vector256.Create(mask, 24);
        if (IsMinimum(Vector256.Create(h, 0), Vector256.Create(h, 8), Vector256.Create(h, 16), Vector256.Create(h, 24), m0, m1, m2, m3))
        {
            minima.Add(0);
        }

        uint x = 0;
        ulong total = 1UL << n;
        for (ulong step = 1; step < total; step++)
        {
            if ((step & CancellationMask) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            int k = BitOperations.TrailingZeroCount(step);
            x ^= 1u << k;
            int up = (int)((x >> k) & 1);            // 1 when s_k is now +1
            int s = (2 * up) - 1;
            e -= 2 * s * Unsafe.Add(ref hRef, k);    // ΔE = 2 s_old h_k = −2 s_new h_k
            magnetisation += 2 * s;
            ref int row = ref Unsafe.Add(ref rowsRef, ((2 * k) + 1 - up) * Lanes);
            var h0 = Vector256.LoadUnsafe(ref hRef) + Vector256.LoadUnsafe(ref row);
            var h1 = Vector256.LoadUnsafe(ref hRef, 8) + Vector256.LoadUnsafe(ref row, 8);
            var h2 = Vector256.LoadUnsafe(ref hRef, 16) + Vector256.LoadUnsafe(ref row, 16);
            var h3 = Vector256.LoadUnsafe(ref hRef, 24) + Vector256.LoadUnsafe(ref row, 24);
            h0.StoreUnsafe(ref hRef);
            h1.StoreUnsafe(ref hRef, 8);
            h2.StoreUnsafe(ref hRef, 16);
            h3.StoreUnsafe(ref hRef, 24);
            ref int flip = ref Unsafe.Add(ref oneHotRef, k * Lanes);
            m0 ^= Vector256.LoadUnsafe(ref flip);
            m1 ^= Vector256.LoadUnsafe(ref flip, 8);
            m2 ^= Vector256.LoadUnsafe(ref flip, 16);
            m3 ^= Vector256.LoadUnsafe(ref flip, 24);
            Unsafe.Add(ref histogramRef, ((e + bound) * stride) + ((magnetisation + n) >> 1))++;
            if (keepEnergies)
            {
                energies[(int)x] = e;
            }

            if (IsMinimum(h0, h1, h2, h3, m0, m1, m2, m3))
            {
                minima.Add(x);
            }
        }

        return e;
    }

    /// <summary>
    /// The real walk: hands blocks of (E, |m|) of up to <see cref="BlockSize"/> states to <paramref name="sink"/>, fills
    /// <paramref name="energies"/> (when given) and <paramref name="minima"/> (a flip may lower E by up to
    /// <paramref name="tolerance"/> without counting as lowering it). The fields are recomputed from scratch every block,
    /// so rounding cannot accumulate.
    /// </summary>
    /// <returns>The energy tracked incrementally at the last configuration.</returns>
    public static double Real(
        int n, ReadOnlySpan<double> couplings, ReadOnlySpan<double> fields, double tolerance, IEnergyBlockSink sink, Span<double> energies,
        MinimaBuffer minima, CancellationToken cancellation)
    {
        var rows = new double[2 * n * Lanes];
        var h = new double[Lanes];
        var signs = new ulong[Lanes * Lanes];
        var mask = new double[Lanes];
        for (int k = 0; k < n; k++)
        {
            for (int j = 0; j < n; j++)
            {
                rows[(2 * k * Lanes) + j] = 2 * couplings[(j * Lanes) + k];
                rows[(((2 * k) + 1) * Lanes) + j] = -2 * couplings[(j * Lanes) + k];
            }

            signs[(k * Lanes) + k] = 1UL << 63;
        }

        var blockEnergy = new double[BlockSize];
        var blockAbsM = new double[BlockSize];
        uint x = 0;
        double e = 0;
        int width = (n + 3) / 4, magnetisation = -n, fill = 0;
        bool keepEnergies = !energies.IsEmpty;
        ref double hRef = ref MemoryMarshal.GetArrayDataReference(h);
        ref double maskRef = ref MemoryMarshal.GetArrayDataReference(mask);
        ref double rowsRef = ref MemoryMarshal.GetArrayDataReference(rows);
        ref double signsRef = ref Unsafe.As<ulong, double>(ref MemoryMarshal.GetArrayDataReference(signs));
        var floor = Vector256.Create(-tolerance);
        double perSpin = 1.0 / n;
        ulong total = 1UL << n;
        for (ulong step = 0; step < total; step++)
        {
            var below = Vector256<double>.Zero;
            int k = step == 0 ? 0 : BitOperations.TrailingZeroCount(step);
            if (step > 0)
            {
                if ((step & CancellationMask) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                x ^= 1u << k;
                int up = (int)((x >> k) & 1);
                double s = (2 * up) - 1;
                e -= 2 * s * Unsafe.Add(ref hRef, k);
                magnetisation += 2 * (int)s;
                if (fill != 0)
                {
                    // the fields and the sign mask after the flip, and whether any flip from here lowers E: one pass
                    ref double row = ref Unsafe.Add(ref rowsRef, ((2 * k) + 1 - up) * Lanes);
                    ref double flip = ref Unsafe.Add(ref signsRef, k * Lanes);
                    for (int v = 0; v < width * 4; v += 4)
                    {
                        var hv = Vector256.LoadUnsafe(ref hRef, (nuint)v) + Vector256.LoadUnsafe(ref row, (nuint)v);
                        var mv = Vector256.Xor(Vector256.LoadUnsafe(ref maskRef, (nuint)v), Vector256.LoadUnsafe(ref flip, (nuint)v));
                        hv.StoreUnsafe(ref hRef, (nuint)v);
                        mv.StoreUnsafe(ref maskRef, (nuint)v);
                        below |= Vector256.LessThan(Vector256.Xor(hv, mv), floor);
                    }
                }
            }

            if (step == 0 || fill == 0)
            {
                e = Resync(n, couplings, fields, x, h, mask);
                for (int v = 0; v < width * 4; v += 4)
                {
                    below |= Vector256.LessThan(Vector256.Xor(Vector256.LoadUnsafe(ref hRef, (nuint)v), Vector256.LoadUnsafe(ref maskRef, (nuint)v)), floor);
                }
            }

            blockEnergy[fill] = e;
            blockAbsM[fill] = Math.Abs(magnetisation) * perSpin;
            if (keepEnergies)
            {
                energies[(int)x] = e;
            }

            if (below.ExtractMostSignificantBits() == 0)
            {
                minima.Add(x);
            }

            if (++fill == BlockSize)
            {
                sink.Flush(blockEnergy, blockAbsM);
                fill = 0;
            }
        }

        if (fill > 0)
        {
            sink.Flush(blockEnergy.AsSpan(0, fill), blockAbsM.AsSpan(0, fill));
        }

        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsMinimum(
        Vector256<int> h0, Vector256<int> h1, Vector256<int> h2, Vector256<int> h3, Vector256<int> m0, Vector256<int> m1, Vector256<int> m2, Vector256<int> m3)
    {
        // s_i h_i = (h_i ^ m_i) − m_i with m_i = −1 where s_i = −1: a negative lane is a flip that lowers E
        var any = ((h0 ^ m0) - m0) | ((h1 ^ m1) - m1) | ((h2 ^ m2) - m2) | ((h3 ^ m3) - m3);
        return any.ExtractMostSignificantBits() == 0;
    }

    private static int UpperRowSum(ReadOnlySpan<int> couplings, int i, int n)
    {
        int sum = 0;
        for (int j = i + 1; j < n; j++)
        {
            sum += couplings[(i * Lanes) + j];
        }

        return sum;
    }

    /// <summary>Fields, sign mask (sign bit set where s_i = −1) and energy of configuration <paramref name="x"/>, from scratch.</summary>
    private static double Resync(int n, ReadOnlySpan<double> couplings, ReadOnlySpan<double> fields, uint x, Span<double> h, Span<double> mask)
    {
        double pair = 0, field = 0;
        for (int i = 0; i < n; i++)
        {
            double si = ((x >> i) & 1) != 0 ? 1 : -1, hi = fields[i];
            for (int j = 0; j < n; j++)
            {
                hi += couplings[(i * Lanes) + j] * (((x >> j) & 1) != 0 ? 1 : -1);
            }

            h[i] = hi;
            mask[i] = si > 0 ? 0.0 : -0.0;
            pair += si * (hi - fields[i]);
            field += si * fields[i];
        }

        return (-pair / 2) - field;
    }
}
