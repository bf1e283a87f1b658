using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Lanes;

/// <summary>
/// Sixteen Metropolis or Glauber chains of one ±1 Hopfield network (Hebb couplings <c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>,
/// no self-coupling, no thresholds), each at its own β, run side by side in vector lanes: every update visits one random
/// site in all sixteen chains, and each chain decides with its own draw. Decisions are lane masks, not branches, so a
/// flip costs no mispredicted branch; per chain-update this runs at about the speed of a zero-temperature update
/// (docs/performance.md, "Issue 17, second pass").
/// </summary>
/// <remarks>
/// <para>Each lane is an exact chain: the site is uniform over the N neurons (shared by the lanes, which correlates the
/// chains with each other but not the distribution of any one), and the lane flips with the probability of its rule at
/// its β from the integer flip cost <c>k = s_i Σ_μ ξ^μ_i M_μ − p</c> (<c>ΔE = 2k/N</c>), by a threshold on the top 53 bits of
/// its own xoshiro256** draw: the table of <see cref="IntegerCostThresholds"/> over <c>|βΔE| ≤ 40</c>, and its end values
/// beyond (exact below; above, 1 or 0 where the rule's probability is below 2⁻⁵³ — a decision off by at most 2⁻⁵³, the
/// resolution of the draw).</para>
/// <para>Storage: the overlaps <c>M_μ</c> of all lanes as int16, pattern pairs outermost (one 64-byte vector holds a pair
/// for the 16 lanes), so one <c>vpmaddwd</c> per pattern pair gives the sixteen partial dot products; each update's overlap
/// change is fused with the next site's dot product in one pass. Without AVX-512BW a scalar loop makes the same
/// decisions, draws and states.</para>
/// </remarks>
public sealed partial class HopfieldLanes
{
    /// <summary>The number of chains.</summary>
    public const int Lanes = 16;

    private const int MaxEntries = 1 << 20;

    private readonly int _pairs;
    private readonly int[] _rows;        // site-major, (ξ_2m, ξ_2m+1) as two int16 in one int
    private readonly short[] _overlaps;  // pair-major, 16 lanes × 2 int16
    private readonly int[] _spins;       // site-major, 16 lanes
    private readonly long[] _tables;     // the lanes' threshold tables, one after another
    private readonly int[] _tableLow;    // the least k of each lane's table
    private readonly int[] _tableBase;   // where each lane's table starts in _tables
    private readonly int[] _tableLast;   // the last index of each lane's table (relative)
    private readonly Xoshiro256StarStar[] _streams = new Xoshiro256StarStar[Lanes];
    private readonly Xoshiro256StarStar _sites;
    private readonly bool _vector;

    /// <summary>Starts all sixteen chains at <paramref name="start"/>.</summary>
    /// <param name="patterns">The stored patterns (±1); N ≤ 32767.</param>
    /// <param name="rule">Metropolis or Glauber.</param>
    /// <param name="betas">Sixteen inverse temperatures β ∈ [0, ∞], one per lane.</param>
    /// <param name="start">The start configuration (N values ±1) of every lane.</param>
    /// <param name="rng">The site sequence; each lane's stream is seeded from it once, here.</param>
    public HopfieldLanes(PatternSet patterns, UpdateRule rule, ReadOnlySpan<double> betas, ReadOnlySpan<sbyte> start, Xoshiro256StarStar rng)
        : this(patterns, rule, betas, start, rng, Avx512BW.IsSupported && Vector512.IsHardwareAccelerated)
    {
    }

    internal HopfieldLanes(PatternSet patterns, UpdateRule rule, ReadOnlySpan<double> betas, ReadOnlySpan<sbyte> start, Xoshiro256StarStar rng, bool vector)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentNullException.ThrowIfNull(rng);
        if (rule is not (UpdateRule.Metropolis or UpdateRule.Glauber))
        {
            throw new ArgumentException($"Lanes run Metropolis or Glauber, not {rule}.", nameof(rule));
        }

        if (betas.Length != Lanes)
        {
            throw new ArgumentException($"Expected {Lanes} inverse temperatures, got {betas.Length}.", nameof(betas));
        }

        if (patterns.N > short.MaxValue || patterns.P < 1 || (2L * patterns.N * patterns.P) + (2L * patterns.P) > int.MaxValue)
        {
            throw new ArgumentException($"Lanes need 1 ≤ p, N ≤ {short.MaxValue} (int16 overlaps) and 2p(N + 1) < 2³¹ (int32 flip costs); got N = {patterns.N}, p = {patterns.P}.", nameof(patterns));
        }

        RequireSpins(start, patterns.N);
        (N, P, _pairs, _sites, _vector) = (patterns.N, patterns.P, (patterns.P + 1) / 2, rng, vector);
        _rows = new int[N * _pairs];
        var pattern = new sbyte[N];
        for (int mu = 0; mu < P; mu++)
        {
            patterns.CopyPattern(mu, pattern);
            for (int i = 0; i < N; i++)
            {
                // ξ^{2m} in the low int16, ξ^{2m+1} in the high one (an odd p leaves the last high half 0)
                _rows[(i * _pairs) + (mu / 2)] |= mu % 2 == 0 ? (ushort)(short)pattern[i] : pattern[i] << 16;
            }
        }

        _spins = new int[N * Lanes];
        _overlaps = new short[_pairs * 2 * Lanes];

        for (int lane = 0; lane < Lanes; lane++)
        {
            SetSpins(lane, start);
        }

        (_tables, _tableLow, _tableBase, _tableLast) = Tables(rule, betas, N, P);
        for (int lane = 0; lane < Lanes; lane++)
        {
            _streams[lane] = new Xoshiro256StarStar(rng.NextUInt64());
        }
    }

    /// <summary>Number of neurons N.</summary>
    public int N { get; }

    /// <summary>Number of patterns p.</summary>
    public int P { get; }

    /// <summary>Flips so far, summed over the lanes.</summary>
    public long Flips { get; private set; }

    /// <summary>"Vector512" (AVX-512BW) or "scalar": how the sweep runs on this machine.</summary>
    public string Width => _vector ? "Vector512" : "scalar";

    /// <summary>The spin <c>s_i</c> of chain <paramref name="lane"/>.</summary>
    public sbyte Spin(int lane, int i)
    {
        CheckLane(lane);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, N);
        return (sbyte)_spins[(i * Lanes) + lane];
    }

    /// <summary>Copies chain <paramref name="lane"/>'s configuration into <paramref name="destination"/> (length N).</summary>
    public void CopySpins(int lane, Span<sbyte> destination)
    {
        CheckLane(lane);
        RequireLength(destination.Length, N);
        for (int i = 0; i < N; i++)
        {
            destination[i] = (sbyte)_spins[(i * Lanes) + lane];
        }
    }

    /// <summary>The integer overlap <c>M_μ = Σ_i ξ^μ_i s_i</c> of chain <paramref name="lane"/>.</summary>
    public int Overlap(int lane, int mu)
    {
        CheckLane(lane);
        ArgumentOutOfRangeException.ThrowIfNegative(mu);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(mu, P);
        return _overlaps[((mu / 2) * 2 * Lanes) + (2 * lane) + (mu % 2)];
    }

    /// <summary>The energy <c>−(1/2N) Σ_μ (M_μ² − N)</c> of chain <paramref name="lane"/> (Hebb, no self-coupling).</summary>
    public double Energy(int lane)
    {
        long squares = 0;
        for (int mu = 0; mu < P; mu++)
        {
            long m = Overlap(lane, mu);
            squares += m * m;
        }

        return -(squares - ((long)P * N)) / (2.0 * N);
    }

    /// <summary>Replaces chain <paramref name="lane"/>'s configuration (N values ±1) and recomputes its overlaps.</summary>
    public void SetSpins(int lane, ReadOnlySpan<sbyte> spins)
    {
        CheckLane(lane);
        RequireSpins(spins, N);
        for (int m = 0; m < _pairs; m++)
        {
            _overlaps[(m * 2 * Lanes) + (2 * lane)] = 0;
            _overlaps[(m * 2 * Lanes) + (2 * lane) + 1] = 0;
        }

        for (int i = 0; i < N; i++)
        {
            int s = spins[i];
            _spins[(i * Lanes) + lane] = s;
            for (int m = 0; m < _pairs; m++)
            {
                int pair = _rows[(i * _pairs) + m];
                _overlaps[(m * 2 * Lanes) + (2 * lane)] += (short)(s * (short)pair);
                _overlaps[(m * 2 * Lanes) + (2 * lane) + 1] += (short)(s * (pair >> 16));
            }
        }
    }

    /// <summary>One sweep: N updates, each at one uniformly drawn site in all sixteen chains.</summary>
    public void Sweep()
    {
        Flips += _vector ? SweepVector() : SweepScalar();
    }

    private static void RequireSpins(ReadOnlySpan<sbyte> spins, int n)
    {
        RequireLength(spins.Length, n);
        foreach (sbyte s in spins)
        {
            if (s is not (1 or -1))
            {
                throw new ArgumentException($"Spins must be ±1, got {s}.", nameof(spins));
            }
        }
    }

    private static void RequireLength(int length, int n)
    {
        if (length != n)
        {
            throw new ArgumentException($"Expected {n} spins, got {length}.", nameof(length));
        }
    }

    private static void CheckLane(int lane)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lane);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lane, Lanes);
    }

    /// <summary>Each lane's thresholds over its window of k (the parity of p(N − 1)), clamped beyond it.</summary>
    private static (long[] Tables, int[] Low, int[] Base, int[] Last) Tables(UpdateRule rule, ReadOnlySpan<double> betas, int n, int p)
    {
        // k = s·dot − p with |dot| ≤ N·p and k ≡ p(N − 1) (mod 2)
        long min = (-(long)n * p) - p, max = ((long)n * p) - p;
        if (((min - ((long)p * (n - 1))) & 1) != 0)
        {
            (min, max) = (min + 1, max - 1);
        }

        var tables = new List<long>();
        int[] low = new int[Lanes], start = new int[Lanes], last = new int[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            double beta = betas[lane];
            if (double.IsNaN(beta) || beta < 0)
            {
                throw new ArgumentException($"β of lane {lane} must be in [0, ∞], got {beta}.", nameof(betas));
            }

            double half = beta == 0 ? double.PositiveInfinity : Math.Max(2, Math.Ceiling(40.0 * n / (2 * beta)));
            long lo = half >= -min ? min : min + (2 * (long)Math.Floor((-half - min) / 2));
            long hi = half >= max ? max : lo + (2 * (long)Math.Floor((half - lo) / 2));
            long entries = ((hi - lo) / 2) + 1;
            if (entries > MaxEntries)
            {
                throw new ArgumentException($"β of lane {lane} ({beta}) is too small for a threshold table of at most {MaxEntries} entries at N = {n}, p = {p}.", nameof(betas));
            }

            int same = betas[..lane].IndexOf(beta);
            if (same >= 0)
            {
                // lanes at one β share a table
                (low[lane], start[lane], last[lane]) = (low[same], start[same], last[same]);
                continue;
            }

            var thresholds = new IntegerCostThresholds(rule, beta, n, (int)lo, (int)hi);
            (low[lane], start[lane], last[lane]) = ((int)lo, tables.Count, (int)entries - 1);
            for (long k = lo; k <= hi; k += 2)
            {
                long t = thresholds.Threshold((int)k);
                tables.Add(t == Models.Hopfield.IFlipCostDecision.AcceptWithoutDraw ? 1L << 53 : t == Models.Hopfield.IFlipCostDecision.RejectWithoutDraw ? 0 : t);
            }
        }

        return ([.. tables], low, start, last);
    }

    /// <summary>The reference loop: lane by lane, the same draws, decisions and states as <see cref="SweepVector"/>.</summary>
    private long SweepScalar()
    {
        long flips = 0;
        Span<int> dots = stackalloc int[Lanes];
        for (int k = 0; k < N; k++)
        {
            int i = _sites.NextInt(N);
            dots.Clear();
            for (int m = 0; m < _pairs; m++)
            {
                int pair = _rows[(i * _pairs) + m];
                for (int lane = 0; lane < Lanes; lane++)
                {
                    dots[lane] += ((short)pair * _overlaps[(m * 2 * Lanes) + (2 * lane)]) + ((pair >> 16) * _overlaps[(m * 2 * Lanes) + (2 * lane) + 1]);
                }
            }

            for (int lane = 0; lane < Lanes; lane++)
            {
                int s = _spins[(i * Lanes) + lane];
                long index = Math.Clamp(((s * dots[lane]) - P - _tableLow[lane]) >> 1, 0, _tableLast[lane]);
                long threshold = _tables[_tableBase[lane] + index];
                ulong draw = _streams[lane].NextUInt64();
                if ((long)(draw >> 11) < threshold)
                {
                    _spins[(i * Lanes) + lane] = -s;
                    for (int m = 0; m < _pairs; m++)
                    {
                        int pair = _rows[(i * _pairs) + m];
                        _overlaps[(m * 2 * Lanes) + (2 * lane)] += (short)(-2 * s * (short)pair);
                        _overlaps[(m * 2 * Lanes) + (2 * lane) + 1] += (short)(-2 * s * (pair >> 16));
                    }

                    flips++;
                }
            }
        }

        return flips;
    }
}
