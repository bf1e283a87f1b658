namespace SpinGlass.Models.Couplings;

/// <summary>A configuration of a <see cref="SparseCouplingModel"/> with its local fields, updated in O(degree) per flip.</summary>
public sealed class SparseCouplingState : IEnergyState
{
    private readonly SparseCouplingModel _model;
    private readonly sbyte[] _spins;
    private readonly double[] _fields;
    private double _energy;

    internal SparseCouplingState(SparseCouplingModel model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _spins = new sbyte[model.N];
        _fields = new double[model.N];
        SetSpins(spins);
    }

    /// <inheritdoc />
    public int N => _spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <inheritdoc />
    public double Energy => _energy;

    /// <inheritdoc />
    public double LocalField(int i) => _fields[i];

    /// <inheritdoc />
    public double FlipCost(int i) => 2 * _spins[i] * _fields[i];

    /// <inheritdoc />
    public void Flip(int i)
    {
        _energy += 2 * _spins[i] * _fields[i];
        int delta = -2 * _spins[i];
        var neighbour = _model.Neighbour;
        var strength = _model.Strength;
        for (int k = _model.Start[i], end = _model.Start[i + 1]; k < end; k++)
        {
            _fields[neighbour[k]] += delta * strength[k];
        }

        _spins[i] = (sbyte)-_spins[i];
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, _model.N);
        spins.CopyTo(_spins);
        _model.Bonds.Fields.CopyTo(_fields);
        var neighbour = _model.Neighbour;
        var strength = _model.Strength;
        for (int i = 0; i < _spins.Length; i++)
        {
            for (int k = _model.Start[i], end = _model.Start[i + 1]; k < end; k++)
            {
                _fields[i] += strength[k] * _spins[neighbour[k]];
            }
        }

        _energy = _model.Energy(_spins);
    }
}
