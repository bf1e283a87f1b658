using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// Single-spin Metropolis or Glauber dynamics for the periodic L×L Ising model
/// <c>H = −J Σ_⟨ij⟩ s_i s_j − h Σ_i s_i</c> in checkerboard order, eight sites per AVX2 instruction: the spins of
/// each sublattice are stored as 32-bit integers, a sweep updates one sublattice and then the other (L² attempts),
/// and each site flips when a uniform 32-bit word falls below a threshold tabulated over (spin, neighbour sum).
/// The probabilities are those of the scalar rules, rounded to multiples of 2⁻³².
/// </summary>
/// <remarks>
/// This covers what <see cref="SquareIsingMultispin"/> cannot: a field h ≠ 0 and the Glauber rule. Random words come
/// from four xoshiro256++ lane streams seeded from the generator passed in, one 32-bit word per site, so results
/// depend only on its state.
/// </remarks>
public sealed class SquareIsingCheckerboard : ILatticeSampler
{
    private const int Lanes = 8;
    private readonly int _half;
    private readonly int _stride;
    private readonly int[] _black;
    private readonly int[] _white;
    private readonly CheckerboardThresholds _thresholds;
    private readonly Vector256<int> _lastGroupMask;
    private Vector256<ulong> _s0, _s1, _s2, _s3;

    /// <summary>Creates the sampler with all spins up.</summary>
    /// <param name="l">Even side length L ≥ 2.</param>
    /// <param name="beta">Inverse temperature β ∈ [0, ∞].</param>
    /// <param name="rng">The chain's generator; the lane streams are seeded from its next 4 outputs, so it is advanced.</param>
    /// <param name="rule">Metropolis or Glauber. The default is Metropolis.</param>
    /// <param name="j">Coupling J. The default is 1.</param>
    /// <param name="h">Field h. The default is 0.</param>
    /// <exception cref="ArgumentException">An odd L, a β outside [0, ∞], another rule, or a CPU without AVX2.</exception>
    public SquareIsingCheckerboard(int l, double beta, Xoshiro256StarStar rng, UpdateRule rule = UpdateRule.Metropolis, double j = 1.0, double h = 0.0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(l, 2);
        if (l % 2 != 0)
        {
            throw new ArgumentException("The checkerboard decomposition needs an even L.", nameof(l));
        }

        if (double.IsNaN(beta) || beta < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must lie in [0, ∞].");
        }

        if (!IsSupported)
        {
            throw new PlatformNotSupportedException("The checkerboard sampler needs AVX2.");
        }

        L = l;
        N = l * l;
        Beta = beta;
        Rule = rule;
        J = j;
        H = h;
        _half = l / 2;
        int groups = (_half + Lanes - 1) / Lanes;
        _stride = (groups * Lanes) + (2 * Lanes);
        _black = new int[l * _stride];
        _white = new int[l * _stride];
        _thresholds = CheckerboardThresholds.For(rule, beta, j, h);
        int valid = _half - ((groups - 1) * Lanes);
        _lastGroupMask = Vector256.LessThan(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(valid));
        Span<ulong> seeds = stackalloc ulong[16];
        for (int lane = 0; lane < 4; lane++)
        {
            var state = new Xoshiro256StarStar(rng.NextUInt64()).State;
            (seeds[lane], seeds[4 + lane], seeds[8 + lane], seeds[12 + lane]) = (state.S0, state.S1, state.S2, state.S3);
        }

        (_s0, _s1, _s2, _s3) = (Vector256.Create<ulong>(seeds[..4]), Vector256.Create<ulong>(seeds[4..8]), Vector256.Create<ulong>(seeds[8..12]), Vector256.Create<ulong>(seeds[12..]));
        var up = new sbyte[N];
        up.AsSpan().Fill(1);
        SetSpins(up);
    }

    /// <summary>True when this CPU can run the sampler (AVX2).</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated && Avx2.IsSupported;

    /// <summary>
    /// What runs: <c>"checkerboard RULE: AVX2 8×int32 lanes; 4 xoshiro256++ lane streams"</c>, RULE metropolis or
    /// glauber.
    /// </summary>
    /// <remarks>
    /// One engine on every CPU that can build the sampler (with AVX-512 too it runs the same AVX2 instructions). A CPU
    /// without AVX2 cannot build it: <see cref="LatticeSamplers.TryCreate"/> then returns null and callers fall back to a
    /// <see cref="MarkovChain"/> in checkerboard order, whose <see cref="MarkovChain.Engine"/> names its own path and
    /// its xoshiro256** stream — a different stream family (and probabilities not rounded to 2⁻³²), so different
    /// numbers from the same seed.
    /// </remarks>
    public string Engine => Rule == UpdateRule.Glauber
        ? "checkerboard glauber: AVX2 8×int32 lanes; 4 xoshiro256++ lane streams"
        : "checkerboard metropolis: AVX2 8×int32 lanes; 4 xoshiro256++ lane streams";

    /// <inheritdoc />
    public int L { get; }

    /// <inheritdoc />
    public int N { get; }

    /// <summary>Inverse temperature β.</summary>
    public double Beta { get; }

    /// <summary>The update rule.</summary>
    public UpdateRule Rule { get; }

    /// <summary>Coupling J.</summary>
    public double J { get; }

    /// <summary>Field h.</summary>
    public double H { get; }

    /// <inheritdoc />
    public long Sweeps { get; private set; }

    /// <inheritdoc />
    public long Attempts => Sweeps * N;

    /// <inheritdoc />
    public long Flips { get; private set; }

    /// <inheritdoc />
    public long BondSum
    {
        get
        {
            long sum = 0;
            for (int i = 0; i < L; i++)
            {
                int row = RowStart(i), up = RowStart(i == 0 ? L - 1 : i - 1), dn = RowStart(i == L - 1 ? 0 : i + 1);
                int side = (i & 1) == 0 ? -1 : 1;
                for (int k = 0; k < _half; k++)
                {
                    sum += _black[row + k] * (_white[up + k] + _white[dn + k] + _white[row + k] + _white[row + k + side]);
                }
            }

            return sum;
        }
    }

    /// <inheritdoc />
    public long Magnetisation
    {
        get
        {
            long m = 0;
            for (int i = 0; i < L; i++)
            {
                int row = RowStart(i);
                for (int k = 0; k < _half; k++)
                {
                    m += _black[row + k] + _white[row + k];
                }
            }

            return m;
        }
    }

    /// <inheritdoc />
    public double Energy => (-J * BondSum) - (H * Magnetisation);

    /// <inheritdoc />
    public int Sweep()
    {
        long flips = SweepSublattice(_black, _white, 0) + SweepSublattice(_white, _black, 1);
        Sweeps++;
        Flips += flips;
        return (int)flips;
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        if (spins.Length != N)
        {
            throw new ArgumentException($"Expected {N} spins, got {spins.Length}.", nameof(spins));
        }

        for (int i = 0; i < L; i++)
        {
            for (int j = 0; j < L; j++)
            {
                int s = spins[(i * L) + j];
                if (s is not (1 or -1))
                {
                    throw new ArgumentException($"Spins must be +1 or -1, got {s}.", nameof(spins));
                }

                ((i + j) % 2 == 0 ? _black : _white)[RowStart(i) + (j >> 1)] = s;
            }
        }

        RefreshHalos(_black);
        RefreshHalos(_white);
    }

    /// <inheritdoc />
    public void CopySpinsTo(Span<sbyte> destination)
    {
        if (destination.Length != N)
        {
            throw new ArgumentException($"Expected {N} spins, got {destination.Length}.", nameof(destination));
        }

        for (int i = 0; i < L; i++)
        {
            for (int j = 0; j < L; j++)
            {
                destination[(i * L) + j] = (sbyte)((i + j) % 2 == 0 ? _black : _white)[RowStart(i) + (j >> 1)];
            }
        }
    }

    /// <summary>Row i's first spin; the halo at −1 mirrors the row's last spin and the one at H its first.</summary>
    private int RowStart(int i) => (i * _stride) + Lanes;

    private void RefreshHalos(int[] sub)
    {
        for (int i = 0; i < L; i++)
        {
            int row = RowStart(i);
            sub[row - 1] = sub[row + _half - 1];
            sub[row + _half] = sub[row];
        }
    }

    private long SweepSublattice(int[] me, int[] other, int c)
    {
        ref int mine = ref MemoryMarshal.GetArrayDataReference(me);
        ref int theirs = ref MemoryMarshal.GetArrayDataReference(other);
        var t = _thresholds;
        Vector256<int> four = Vector256.Create(4), lastMask = _lastGroupMask;
        Vector256<ulong> s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        long flips = 0;
        int last = (_half - 1) / Lanes * Lanes;
        for (int i = 0; i < L; i++)
        {
            nint row = RowStart(i), up = RowStart(i == 0 ? L - 1 : i - 1), dn = RowStart(i == L - 1 ? 0 : i + 1);
            nint side = ((i + c) & 1) == 0 ? -1 : 1;
            for (int k = 0; k <= last; k += Lanes)
            {
                Vector256<int> s = Vector256.LoadUnsafe(ref mine, (nuint)(row + k));
                Vector256<int> sum = Vector256.LoadUnsafe(ref theirs, (nuint)(up + k)) + Vector256.LoadUnsafe(ref theirs, (nuint)(dn + k))
                    + Vector256.LoadUnsafe(ref theirs, (nuint)(row + k)) + Vector256.LoadUnsafe(ref theirs, (nuint)(row + k + side));
                Vector256<int> index = Vector256.ShiftRightArithmetic(sum + four, 1);
                Vector256<int> down = Vector256.ShiftRightArithmetic(s, 31);
                Vector256<int> threshold = Vector256.ConditionalSelect(down, Avx2.PermuteVar8x32(t.DownThreshold, index), Avx2.PermuteVar8x32(t.UpThreshold, index));
                Vector256<int> always = Vector256.ConditionalSelect(down, Avx2.PermuteVar8x32(t.DownAlways, index), Avx2.PermuteVar8x32(t.UpAlways, index));
                Vector256<uint> r = Next(ref s0, ref s1, ref s2, ref s3).AsUInt32();
                Vector256<int> accept = Vector256.LessThan(r, threshold.AsUInt32()).AsInt32() | always;
                if (k == last)
                {
                    accept &= lastMask;
                }

                ((s ^ accept) - accept).StoreUnsafe(ref mine, (nuint)(row + k));
                flips += BitOperations.PopCount(accept.AsSingle().ExtractMostSignificantBits());
            }
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
        RefreshHalos(me);
        return flips;
    }

    /// <summary>One xoshiro256++ step in each of the four 64-bit lanes (eight 32-bit words).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Next(ref Vector256<ulong> s0, ref Vector256<ulong> s1, ref Vector256<ulong> s2, ref Vector256<ulong> s3)
    {
        Vector256<ulong> sum = s0 + s3;
        Vector256<ulong> result = (Vector256.ShiftLeft(sum, 23) | Vector256.ShiftRightLogical(sum, 41)) + s0;
        Vector256<ulong> t = Vector256.ShiftLeft(s1, 17);
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Vector256.ShiftLeft(s3, 45) | Vector256.ShiftRightLogical(s3, 19);
        return result;
    }
}
