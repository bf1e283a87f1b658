using SpinGlass.Models.Capabilities;

namespace SpinGlass.Models;

/// <summary>
/// Chain state of an <see cref="IsingLattice"/>: spins plus the integer bond sum <c>B = Σ_⟨ij⟩ s_i s_j</c>
/// and magnetisation <c>M = Σ_i s_i</c>, updated in O(z) per flip.
/// </summary>
/// <remarks>Offers its own struct site view (<see cref="ISiteAccessProvider"/>) and its lattice (<see cref="ILatticeState"/>).</remarks>
public sealed class IsingLatticeState : IEnergyState, ISiteAccessProvider, ILatticeState
{
    private readonly IsingLattice _model;
    private readonly sbyte[] _spins;
    private long _bonds;
    private long _magnetisation;

    internal IsingLatticeState(IsingLattice model, ReadOnlySpan<sbyte> spins)
    {
        _model = model;
        _spins = new sbyte[model.N];
        SetSpins(spins);
    }

    /// <summary>The lattice this state belongs to.</summary>
    public IsingLattice Model => _model;

    /// <inheritdoc />
    public ILatticeGeometry Geometry => _model;

    /// <inheritdoc />
    public int N => _spins.Length;

    /// <inheritdoc />
    public ReadOnlySpan<sbyte> Spins => _spins;

    /// <summary>The integer bond sum <c>B = Σ_⟨ij⟩ s_i s_j</c>.</summary>
    public long BondSum => _bonds;

    /// <summary>The integer magnetisation <c>M = Σ_i s_i</c>.</summary>
    public long Magnetisation => _magnetisation;

    /// <inheritdoc />
    public double Energy => _model.EnergyOf(_bonds, _magnetisation);

    /// <inheritdoc />
    public double LocalField(int i) => _model.J * _model.NeighbourSum(_spins, i) + _model.H;

    /// <inheritdoc />
    public double FlipCost(int i) => 2 * _spins[i] * LocalField(i);

    /// <inheritdoc />
    public void Flip(int i)
    {
        int s = _spins[i];
        _bonds -= 2 * s * _model.NeighbourSum(_spins, i);
        _magnetisation -= 2 * s;
        _spins[i] = (sbyte)-s;
    }

    /// <inheritdoc />
    public TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult> => visitor.Visit(new LatticeSites(this));

    /// <inheritdoc />
    public void SetSpins(ReadOnlySpan<sbyte> spins)
    {
        ModelGuards.RequireSpins(spins, _spins.Length);
        spins.CopyTo(_spins);
        long bonds = 0, magnetisation = 0;
        for (int i = 0; i < _spins.Length; i++)
        {
            bonds += _spins[i] * _model.NeighbourSum(_spins, i);
            magnetisation += _spins[i];
        }

        _bonds = bonds / 2;
        _magnetisation = magnetisation;
    }
}
