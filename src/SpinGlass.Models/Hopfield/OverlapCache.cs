using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Spins plus the integer pattern overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>, the cache behind every pattern-based chain
/// state (Hopfield, dense memory, sequences): a flip updates all overlaps in O(p) with the vector kernel of the
/// pattern layout, and <see cref="Dot"/> serves <c>Σ_μ ξ^μ_i M_μ</c> in O(p).
/// </summary>
/// <remarks>
/// The overlaps live in the layout's own 64-byte aligned storage: int16 padded with zeros to the row stride for
/// <see cref="PatternLayout.Wide"/>, int32 over whole 64-bit pattern words plus their total <c>Σ_μ M_μ</c> for
/// <see cref="PatternLayout.Packed"/> (the lanes past p are scratch that no dot product reads). <see cref="Overlaps"/>
/// is an int32 copy of length p, refreshed when read after a change.
/// </remarks>
internal sealed class OverlapCache
{
    private readonly PatternSet _patterns;
    private readonly bool _int16;
    private readonly short[] _m16 = [];
    private readonly int _m16Start;
    private readonly int[] _m32 = [];
    private readonly int _m32Start;
    private readonly int[] _view;
    private readonly short[] _rows16 = [];
    private readonly int _rows16Start;
    private readonly int _stride;
    private readonly PatternClassFields? _classes;
    private int _total;
    private bool _viewStale;

    public OverlapCache(PatternSet patterns, ReadOnlySpan<sbyte> spins)
    {
        _patterns = patterns;
        _int16 = patterns.Layout == PatternLayout.Wide;
        Spins = new sbyte[patterns.N];
        _view = new int[patterns.P];
        _stride = patterns.Stride;
        if (_int16)
        {
            _m16 = AlignedArray.Allocate<short>(patterns.Stride, out _m16Start);
            (_rows16, _rows16Start) = patterns.Rows16;
        }
        else
        {
            _m32 = AlignedArray.Allocate<int>(patterns.Stride, out _m32Start);
        }

        _classes = patterns.P is >= 1 and <= PatternClassFields.MaxPatterns ? new PatternClassFields(patterns) : null;
        Reset(spins);
    }

    /// <summary>What <see cref="SweepCosts"/> reads a field from: the neuron's class field (p ≤ 6) or its pattern row.</summary>
    public string SweepStorage => _classes is not null
        ? $"{1 << _patterns.P} pattern-class fields"
        : _int16 ? "int16 rows" : "bit rows";

    public sbyte[] Spins { get; }

    /// <summary>The overlaps <c>M_μ</c> as int32 (length p): a copy, valid until the next flip.</summary>
    public int[] Overlaps
    {
        get
        {
            if (_viewStale)
            {
                RefreshView();
            }

            return _view;
        }
    }

    /// <summary><c>Σ_μ ξ^μ_i M_μ</c>, exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Dot(int i) => _int16
        ? DotWide(i)
        : 2 * OverlapKernels.MaskedSum(_patterns.RowBits(i), _m32.AsSpan(_m32Start, _patterns.Stride)) - _total;

    /// <summary>The wide dot product from the cached row storage: one bounds check (i), no span construction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int DotWide(int i)
    {
        if ((uint)i >= (uint)Spins.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(i));
        }

        // rows [start + i·stride, … + stride) and overlaps [start, start + stride) lie inside their arrays by construction
        ref short row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows16), _rows16Start + (nint)i * _stride);
        ref short overlaps = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_m16), _m16Start);
        return OverlapKernels.DotPadded(ref row, ref overlaps, (nuint)_stride);
    }

    /// <summary>
    /// One zero-temperature sweep of N updates of ±1 neurons with fields <c>N h_i = Dot(i) − p s_i</c>: each visited
    /// spin takes the sign of its field (a zero field keeps it) — the same decisions as <see cref="Dot"/> and
    /// <see cref="Flip"/> site by site, with the row and overlap storage held in locals across the loop.
    /// </summary>
    /// <param name="rng">The chain's generator: site k is <c>rng.NextInt(N)</c> in random order (untouched in site order).</param>
    /// <param name="random">Random site order (else sites 0 … N−1).</param>
    /// <param name="magnetisationChange">The change of <c>Σ_i s_i</c> over the sweep.</param>
    /// <returns>The number of flips.</returns>
    /// <remarks>The flip cost <c>2 s_i h_i</c> is negative exactly when its integer numerator <c>s_i Dot(i) − p</c> is: <see cref="SweepCosts"/> with that decision.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int SweepSign(Randomness.Xoshiro256StarStar rng, bool random, out int magnetisationChange)
    {
        var sign = default(SignDecision);
        return SweepCosts(ref sign, rng, random, [], out magnetisationChange);
    }

    /// <summary>
    /// One sweep of ±1 neurons decided by <paramref name="decision"/> from the integer flip costs
    /// <c>k_i = s_i Dot(i) − p</c>: site k is <c>rng.NextInt(N)</c> when <paramref name="random"/>, else
    /// <c>order[k]</c> (k for an empty order). The same decisions as <see cref="Dot"/> and <see cref="Flip"/> site by site.
    /// </summary>
    /// <remarks>
    /// Never inlined: inlined into a caller the JIT may run out of inlining budget and call <see cref="SweepWideCosts"/>
    /// with a variable order (measured 10–20 % slower per update); compiled alone it inlines both specialised loops.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int SweepCosts<TDecision>(ref TDecision decision, Randomness.Xoshiro256StarStar rng, bool random, ReadOnlySpan<int> order, out int magnetisationChange)
        where TDecision : struct, IFlipCostDecision
    {
        int n = Spins.Length, p = _patterns.P, flips = 0, change = 0;
        var spins = Spins;
        if (_classes is not null)
        {
            flips = random ? SweepClassCosts(ref decision, rng, true, order, out change) : SweepClassCosts(ref decision, rng, false, order, out change);
            _viewStale |= flips > 0;
            magnetisationChange = change;
            return flips;
        }

        if (!_int16)
        {
            var core = rng.Core;
            for (int k = 0; k < n; k++)
            {
                int i = random ? core.NextInt(n) : order.IsEmpty ? k : order[k];
                int s = spins[i];
                if (Decide(decision.Threshold((s * Dot(i)) - p), ref core))
                {
                    Flip(i);
                    flips++;
                    change -= 2 * s;
                }
            }

            rng.Core = core;
            magnetisationChange = change;
            return flips;
        }

        flips = random ? SweepWideCosts(ref decision, rng, true, order, out change) : SweepWideCosts(ref decision, rng, false, order, out change);
        _viewStale |= flips > 0;
        magnetisationChange = change;
        return flips;
    }

    /// <summary>The int16 loop of <see cref="SweepCosts"/>; inlined with a constant <paramref name="random"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SweepWideCosts<TDecision>(ref TDecision decision, Randomness.Xoshiro256StarStar rng, bool random, ReadOnlySpan<int> order, out int magnetisationChange)
        where TDecision : struct, IFlipCostDecision
    {
        var spins = Spins;
        int n = spins.Length, p = _patterns.P, stride = _stride, flips = 0, change = 0;
        nuint length = (nuint)stride; // a positive multiple of 32: the padded row
        ref short rows = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows16), _rows16Start);
        ref short overlaps = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_m16), _m16Start);
        var core = rng.Core;
        for (int k = 0; k < n; k++)
        {
            int i = random ? core.NextInt(n) : order.IsEmpty ? k : order[k];
            int s = spins[i];
            ref short row = ref Unsafe.Add(ref rows, (nint)i * stride);
            if (Decide(decision.Threshold((s * OverlapKernels.DotPadded(ref row, ref overlaps, length)) - p), ref core))
            {
                // the row and overlaps already in hand: what Add(i, −2s) does for int16 storage
                OverlapKernels.AddScaledPadded(ref row, ref overlaps, length, (short)(-2 * s));
                spins[i] = (sbyte)-s;
                flips++;
                change -= 2 * s;
            }
        }

        rng.Core = core;
        magnetisationChange = change;
        return flips;
    }

    /// <summary>The class-field loop of <see cref="SweepCosts"/> (<see cref="PatternClassFields"/>); inlined with a constant <paramref name="random"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SweepClassCosts<TDecision>(ref TDecision decision, Randomness.Xoshiro256StarStar rng, bool random, ReadOnlySpan<int> order, out int magnetisationChange)
        where TDecision : struct, IFlipCostDecision
    {
        var classes = _classes!;
        classes.Load(Overlaps);
        var spins = Spins;
        var codes = classes.Classes;
        var fields = classes.Fields;
        int n = spins.Length, p = _patterns.P, flips = 0, change = 0;
        var core = rng.Core;
        for (int k = 0; k < n; k++)
        {
            int i = random ? core.NextInt(n) : order.IsEmpty ? k : order[k];
            int s = spins[i], c = codes[i];
            if (Decide(decision.Threshold((s * fields[c]) - p), ref core))
            {
                Add(i, -2 * s);
                spins[i] = (sbyte)-s;
                classes.Flip(c, -2 * s);
                flips++;
                change -= 2 * s;
            }
        }

        rng.Core = core;
        magnetisationChange = change;
        return flips;
    }

    /// <summary>An <see cref="IFlipCostDecision"/> threshold carried out: one draw from <paramref name="core"/> for t ≥ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Decide(long threshold, ref Randomness.Xoshiro256Core core) =>
        threshold >= 0 ? (long)(core.NextUInt64() >> 11) < threshold : threshold == IFlipCostDecision.AcceptWithoutDraw;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int i)
    {
        int delta = -2 * Spins[i];
        Add(i, delta);
        Spins[i] = (sbyte)-Spins[i];
        _viewStale = true;
    }

    public void Reset(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, Spins.Length);
        spins.CopyTo(Spins);
        if (_int16)
        {
            Array.Clear(_m16);
        }
        else
        {
            Array.Clear(_m32);
            _total = 0;
        }

        // M_μ = Σ_i s_i ξ^μ_i, row by row with the flip kernel (every partial sum is bounded by N)
        for (int i = 0; i < Spins.Length; i++)
        {
            Add(i, Spins[i]);
        }

        _viewStale = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int i, int delta)
    {
        if (_int16)
        {
            OverlapKernels.AddScaled(_patterns.Row16(i), _m16.AsSpan(_m16Start, _patterns.Stride), (short)delta);
        }
        else
        {
            // over whole 64-bit words: the lanes past p (pattern bits 0) are scratch that no dot product reads
            OverlapKernels.AddSigned(_patterns.RowBits(i), _m32.AsSpan(_m32Start, _patterns.Stride), delta);
            _total += delta * (2 * _patterns.PlusCount(i) - _patterns.P);
        }
    }

    private void RefreshView()
    {
        if (_int16)
        {
            var m = _m16.AsSpan(_m16Start, _view.Length);
            for (int mu = 0; mu < _view.Length; mu++)
            {
                _view[mu] = m[mu];
            }
        }
        else
        {
            _m32.AsSpan(_m32Start, _view.Length).CopyTo(_view);
        }

        _viewStale = false;
    }

    /// <summary>The zero-temperature rule on the integer cost: flip when it is negative; draws nothing.</summary>
    private readonly struct SignDecision : IFlipCostDecision
    {
        public long Threshold(int k) => k < 0 ? IFlipCostDecision.AcceptWithoutDraw : IFlipCostDecision.RejectWithoutDraw;
    }
}
