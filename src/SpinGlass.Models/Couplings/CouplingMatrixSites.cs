using System.Runtime.CompilerServices;
using SpinGlass.Models.Capabilities;

namespace SpinGlass.Models.Couplings;

/// <summary>The struct site view of a <see cref="CouplingMatrixState"/>: direct, inlinable calls.</summary>
internal readonly struct CouplingMatrixSites(CouplingMatrixState state) : ISiteAccess
{
    private readonly CouplingMatrixState _state = state;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double LocalField(int i) => _state.LocalField(i);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FlipCost(int i) => _state.FlipCost(i);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Flip(int i) => _state.Flip(i);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FlipLowersCost(int i) => _state.FlipCost(i) < 0;
}
