namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Chain state of a <see cref="HopfieldNetwork"/>: spins and the integer overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>.
/// A field costs O(p) (one row of the neuron-major patterns against <c>M</c>); a flip updates <c>M</c> in O(p).
/// </summary>
public sealed class HopfieldState : IEnergyState
{
    private readonly HopfieldNetwork _model;
    private readonly sbyte[] _spins;
    private readonly int[] _overlaps;
    private long _magnetisation;
    private double _thresholdTerm;

    internal HopfieldState(HopfieldNetwork model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _spins = new sbyte[model.N];
        _overlaps = new int[model.P];
        SetSpins(spins);
    }

    /// <inheritdoc />
    public int N => _spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <summary>The integer overlaps <c>M_μ = N m_μ</c>.</summary>
    public ReadOnlySpan<int> Overlaps => _overlaps;

    /// <inheritdoc />
    public double Energy => _model.EnergyOf(_overlaps, _magnetisation, _thresholdTerm);

    /// <summary>The integer numerator of the field: <c>h_i = FieldNumerator(i)/divisor − U_i/2</c>.</summary>
    public int FieldNumerator(int i)
    {
        var row = _model.Patterns.NeuronRow(i);
        return OverlapKernels.Dot(row, _overlaps) - row.Length * _spins[i] + _model.SiteOffset[i];
    }

    /// <inheritdoc />
    public double LocalField(int i) => (double)FieldNumerator(i) / _model.Divisor - _model.SiteThreshold[i];

    /// <inheritdoc />
    public double FlipCost(int i) => 2 * _spins[i] * LocalField(i);

    /// <inheritdoc />
    public void Flip(int i)
    {
        int delta = -2 * _spins[i];
        OverlapKernels.AddScaled(_model.Patterns.NeuronRow(i), _overlaps, delta);

        _magnetisation += delta;
        if (_model.Coding == NeuronCoding.Binary)
        {
            _thresholdTerm += delta > 0 ? _model.Thresholds[i] : -_model.Thresholds[i];
        }

        _spins[i] = (sbyte)-_spins[i];
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, _spins.Length);
        spins.CopyTo(_spins);
        for (int mu = 0; mu < _overlaps.Length; mu++)
        {
            _overlaps[mu] = _model.Patterns.Overlap(mu, _spins);
        }

        _magnetisation = 0;
        _thresholdTerm = 0;
        for (int i = 0; i < _spins.Length; i++)
        {
            _magnetisation += _spins[i];
            _thresholdTerm += _spins[i] > 0 && _model.Coding == NeuronCoding.Binary ? _model.Thresholds[i] : 0;
        }
    }
}
