using System.Numerics.Tensors;
using SpinGlass.Models.Capabilities;

namespace SpinGlass.Models.Learning;

/// <summary>
/// Chain state of a <see cref="LearnedNetwork"/>: spins, the integer overlaps <c>M_μ</c> with every stored pattern, and
/// either nothing more (overlap path: a field is an O(p) dot product with the dual patterns) or the cached fields of the
/// explicit matrix (O(N) per flip). The energy is tracked incrementally.
/// </summary>
/// <remarks>
/// Offers its own site view (<see cref="ISiteAccessProvider"/>) whose zero-temperature decision is <c>s_i h_i &lt; 0</c> with the
/// field <see cref="LocalField"/> — the self-coupling included when the network keeps it — so that asynchronous and
/// synchronous zero-temperature dynamics both follow <c>s_i ← sgn(Σ_j J_ij s_j + b_i)</c>.
/// </remarks>
public sealed class LearnedNetworkState : IEnergyState, IPatternOverlaps, ISiteAccessProvider
{
    private readonly LearnedNetwork _model;
    private readonly sbyte[] _spins;
    private readonly int[] _overlaps;
    private readonly double[] _overlapsAsDoubles;
    private readonly double[]? _fields; // matrix path: Σ_{j≠i} J_ij s_j + b_i
    private long _magnetisation;
    private double _energy;

    internal LearnedNetworkState(LearnedNetwork model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _spins = new sbyte[model.N];
        _overlaps = new int[model.P];
        _overlapsAsDoubles = new double[model.P];
        _fields = model.UsesOverlaps ? null : new double[model.N];
        SetSpins(spins);
    }

    /// <inheritdoc />
    public int N => _spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <inheritdoc />
    public ReadOnlySpan<int> Overlaps => _overlaps;

    /// <inheritdoc />
    public double Energy => _energy;

    /// <summary>The field zero-temperature dynamics follows: with <see cref="LearningOptions.SelfCoupling"/> it includes <c>J_ii s_i</c>.</summary>
    public double LocalField(int i) => !_model.SelfCoupling ? OffDiagonalField(i)
        : _fields is null ? _model.OverlapFieldWithSelf(i, _overlapsAsDoubles, _magnetisation)
        : _fields[i] + (_model.SelfCouplingOf(i) * _spins[i]);

    /// <summary>The zero-temperature decision: <c>s_i h_i &lt; 0</c> with <see cref="LocalField"/> (a zero field keeps the spin).</summary>
    public bool FlipLowersCost(int i) => _spins[i] * LocalField(i) < 0;

    /// <inheritdoc />
    public TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult> => visitor.Visit(new LearnedSites(this));

    /// <summary>Exactly <c>ΔE_i = 2 s_i (Σ_{j≠i} J_ij s_j + b_i)</c>; the self-coupling is a constant of the energy and never enters.</summary>
    public double FlipCost(int i) => 2 * _spins[i] * OffDiagonalField(i);

    /// <inheritdoc />
    public void Flip(int i)
    {
        _energy += FlipCost(i);
        int delta = -2 * _spins[i];
        var row = _model.NeuronRow(i);
        for (int mu = 0; mu < _overlaps.Length; mu++)
        {
            _overlaps[mu] += delta * row[mu];
        }

        if (_fields is null)
        {
            TensorPrimitives.MultiplyAdd(_model.NeuronRowAsDoubles(i), delta, _overlapsAsDoubles, _overlapsAsDoubles);
        }
        else
        {
            // the matrix is symmetric: column i is row i
            TensorPrimitives.MultiplyAdd(_model.MatrixRow(i), delta, _fields, _fields);
        }

        _magnetisation += delta;
        _spins[i] = (sbyte)-_spins[i];
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, N);
        spins.CopyTo(_spins);
        _magnetisation = _model.Overlaps(spins, _overlapsAsDoubles);
        for (int mu = 0; mu < _overlaps.Length; mu++)
        {
            _overlaps[mu] = (int)_overlapsAsDoubles[mu];
        }

        if (_fields is not null)
        {
            for (int i = 0; i < N; i++)
            {
                _fields[i] = _model.Bias(i);
            }

            for (int j = 0; j < N; j++)
            {
                TensorPrimitives.MultiplyAdd(_model.MatrixRow(j), (double)_spins[j], _fields, _fields);
            }
        }

        _energy = _model.Energy(spins);
    }

    private double OffDiagonalField(int i) =>
        _fields is not null ? _fields[i] : _model.OverlapField(i, _overlapsAsDoubles, _magnetisation, _spins[i]);
}

/// <summary>The struct site view of a <see cref="LearnedNetworkState"/>.</summary>
internal readonly struct LearnedSites(LearnedNetworkState state) : ISiteAccess
{
    private readonly LearnedNetworkState _state = state;

    /// <inheritdoc />
    public double LocalField(int i) => _state.LocalField(i);

    /// <inheritdoc />
    public double FlipCost(int i) => _state.FlipCost(i);

    /// <inheritdoc />
    public void Flip(int i) => _state.Flip(i);

    /// <inheritdoc />
    public bool FlipLowersCost(int i) => _state.FlipLowersCost(i);
}
