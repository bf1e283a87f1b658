using System.Runtime.CompilerServices;
using SpinGlass.Models.Capabilities;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// Chain state of a <see cref="CouplingMatrixModel"/>: cached fields and an incrementally tracked energy. Offers its own
/// struct site view (<see cref="ISiteAccessProvider"/>); a flip updates the N fields with one vectorised pass over a row
/// of the matrix.
/// </summary>
public sealed class CouplingMatrixState : IEnergyState, ISiteAccessProvider
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
    public double LocalField(int i) => _cache.Field(i);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FlipCost(int i) => _cache.FlipCost(i);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <inheritdoc />
    public TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult> => visitor.Visit(new CouplingMatrixSites(this));
}
