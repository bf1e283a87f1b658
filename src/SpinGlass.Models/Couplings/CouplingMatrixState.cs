namespace SpinGlass.Models.Couplings;

/// <summary>Chain state of a <see cref="CouplingMatrixModel"/>: cached fields and an incrementally tracked energy.</summary>
public sealed class CouplingMatrixState : IEnergyState
{
    private readonly CouplingMatrixModel _model;
    private readonly FieldCache _cache;
    private double _energy;

    internal CouplingMatrixState(CouplingMatrixModel model, FieldCache cache)
    {
        _model = model;
        _cache = cache;
        _energy = model.Energy(cache.Spins);
    }

    /// <inheritdoc />
    public int N => _cache.Spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _cache.Spins;

    /// <inheritdoc />
    public double Energy => _energy;

    /// <inheritdoc />
    public double LocalField(int i) => _cache.Fields[i];

    /// <inheritdoc />
    public double FlipCost(int i) => 2 * _cache.Spins[i] * _cache.Fields[i];

    /// <inheritdoc />
    public void Flip(int i)
    {
        _energy += FlipCost(i);
        _cache.Flip(i);
    }

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        _cache.Reset(spins);
        _energy = _model.Energy(_cache.Spins);
    }
}
