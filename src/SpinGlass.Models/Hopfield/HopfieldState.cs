using System.Runtime.CompilerServices;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Chain state of a <see cref="HopfieldNetwork"/>: spins and the integer overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>.
/// A field costs O(p) (one row of the neuron-major patterns against <c>M</c>); a flip updates <c>M</c> in O(p).
/// </summary>
/// <remarks>
/// Offers its own struct site view (<see cref="ISiteAccessProvider"/>) and, for ±1 neurons, a whole-sweep
/// zero-temperature kernel (<see cref="IZeroTemperatureKernelProvider"/>).
/// </remarks>
public sealed class HopfieldState : IEnergyState, ISiteAccessProvider, IZeroTemperatureKernelProvider, IPatternOverlaps
{
    private readonly HopfieldNetwork _model;
    private readonly OverlapCache _cache;
    private long _magnetisation;
    private double _thresholdTerm;

    internal HopfieldState(HopfieldNetwork model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _cache = new OverlapCache(model.Patterns, spins);
        ZeroTemperatureKernel = model.Coding == NeuronCoding.Spin ? new HopfieldZeroTemperatureKernel(this) : null;
        Recount();
    }

    /// <inheritdoc />
    public int N => _cache.Spins.Length;

    /// <summary>
    /// What the whole-sweep loops (<see cref="SweepByFlipCost"/>, the zero-temperature kernel) read a neuron's field from:
    /// <c>"int16 rows"</c> or <c>"bit rows"</c> of its patterns, or for p ≤ 6 <c>"2ᵖ pattern-class fields"</c> (one integer per
    /// distinct column of the patterns).
    /// </summary>
    public string SweepStorage => _cache.SweepStorage;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _cache.Spins;

    /// <summary>The integer overlaps <c>M_μ = N m_μ</c>.</summary>
    public ReadOnlySpan<int> Overlaps => _cache.Overlaps;

    /// <inheritdoc />
    public double Energy => _model.EnergyOf(_cache.Overlaps, _magnetisation, _thresholdTerm);

    /// <summary>The integer numerator of the field: <c>h_i = FieldNumerator(i)/divisor − U_i/2</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FieldNumerator(int i) => _cache.Dot(i) - _model.P * _cache.Spins[i] + _model.SiteOffset[i];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LocalField(int i) => (double)FieldNumerator(i) / _model.Divisor - _model.SiteThreshold[i];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FlipCost(int i) => 2 * _cache.Spins[i] * LocalField(i);

    /// <summary>
    /// The integer flip cost of a ±1 neuron, <c>k_i = s_i Σ_μ ξ^μ_i M_μ − p = Σ_μ Σ_{j≠i} ξ^μ_i ξ^μ_j s_i s_j</c>:
    /// <see cref="FlipCost"/>(i) is <c>2.0 * ((double)k_i / N)</c> bit for bit. Meaningful for spin neurons only (see
    /// <see cref="TryGetFlipCostNumeratorRange"/>).
    /// </summary>
    /// <remarks>
    /// A sum of p(N − 1) terms ±1, so <c>|k_i| ≤ p(N − 1)</c> and <c>k_i ≡ p(N − 1) (mod 2)</c>: the flip cost
    /// <c>ΔE_i = 2k_i/N</c> takes at most <c>p(N − 1) + 1</c> values, which is what lets a sampler tabulate its acceptance.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int FlipCostNumerator(int i) => _cache.Spins[i] * _cache.Dot(i) - _model.P;

    /// <summary>
    /// For spin neurons, the bounds of <see cref="FlipCostNumerator"/>: <c>max = p(N − 1)</c>, <c>min = −max</c>, and every
    /// value has the parity of <c>max</c>. False (and zeros) for 0/1 neurons, whose thresholds make the cost non-integer.
    /// </summary>
    public bool TryGetFlipCostNumeratorRange(out int min, out int max)
    {
        long bound = (long)_model.P * (N - 1);
        bool integer = _model.Coding == NeuronCoding.Spin && bound <= int.MaxValue;
        max = integer ? (int)bound : 0;
        min = -max;
        return integer;
    }

    /// <summary>
    /// <c>FlipCost(i) &lt; 0</c> (the zero-temperature decision), exactly: for spin neurons it is <c>s_i · numerator &lt; 0</c>
    /// in integers (the division by N and the zero threshold keep the sign), with no floating-point work.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FlipLowersCost(int i) => _model.Coding == NeuronCoding.Spin
        ? _cache.Spins[i] * (_cache.Dot(i) - _model.P * _cache.Spins[i]) < 0
        : FlipCost(i) < 0;

    /// <summary>
    /// The whole-sweep zero-temperature kernel of ±1 neurons (one tight loop over the pattern storage); null for 0/1
    /// neurons, whose thresholds that loop does not model.
    /// </summary>
    public IZeroTemperatureKernel? ZeroTemperatureKernel { get; }

    /// <inheritdoc />
    public TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult> => visitor.Visit(new HopfieldSites(this));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int i)
    {
        int delta = -2 * _cache.Spins[i];
        _magnetisation += delta;
        if (_model.Coding == NeuronCoding.Binary)
        {
            _thresholdTerm += delta > 0 ? _model.Thresholds[i] : -_model.Thresholds[i];
        }

        _cache.Flip(i);
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        _cache.Reset(spins);
        Recount();
    }

    /// <summary>
    /// One zero-temperature sweep of ±1 neurons, each visited spin set to the sign of its field (a zero field keeping
    /// it): the same result as <see cref="FlipLowersCost"/> and <see cref="Flip"/> site by site.
    /// </summary>
    internal int SweepSign(Xoshiro256StarStar rng, bool random)
    {
        int flips = _cache.SweepSign(rng, random, out int change);
        _magnetisation += change;
        return flips;
    }

    /// <summary>
    /// One asynchronous sweep of ±1 neurons decided by their integer flip costs: N sites, each <c>rng.NextInt(N)</c> when
    /// <paramref name="random"/>, else <c>order[k]</c> (or k for an empty <paramref name="order"/>), flipped when
    /// <c>decision.Threshold(FlipCostNumerator(i))</c> says so (a threshold t ≥ 0 draws one word from
    /// <paramref name="rng"/> and flips when its top 53 bits are below t) — the same sites, draws and decisions as those
    /// calls and <see cref="Flip"/> site by site, in one loop over the pattern storage (<see cref="SweepStorage"/>).
    /// </summary>
    /// <returns>The number of flips.</returns>
    /// <exception cref="InvalidOperationException">0/1 neurons (see <see cref="TryGetFlipCostNumeratorRange"/>).</exception>
    public int SweepByFlipCost<TDecision>(ref TDecision decision, Xoshiro256StarStar rng, bool random, ReadOnlySpan<int> order)
        where TDecision : struct, IFlipCostDecision
    {
        if (_model.Coding != NeuronCoding.Spin)
        {
            throw new InvalidOperationException("Only ±1 neurons have integer flip costs.");
        }

        if (!order.IsEmpty && order.Length != N)
        {
            throw new ArgumentException($"Expected an order of {N} sites, got {order.Length}.", nameof(order));
        }

        int flips = _cache.SweepCosts(ref decision, rng, random, order, out int change);
        _magnetisation += change;
        return flips;
    }

    private void Recount()
    {
        _magnetisation = 0;
        _thresholdTerm = 0;
        for (int i = 0; i < _cache.Spins.Length; i++)
        {
            _magnetisation += _cache.Spins[i];
            _thresholdTerm += _cache.Spins[i] > 0 && _model.Coding == NeuronCoding.Binary ? _model.Thresholds[i] : 0;
        }
    }
}
