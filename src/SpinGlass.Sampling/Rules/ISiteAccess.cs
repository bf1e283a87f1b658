using System.Runtime.CompilerServices;
using SpinGlass.Models;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Sampling.Rules;

/// <summary>
/// The per-site operations a sweep needs, as a struct type argument: a sweep generic over a struct is compiled once
/// per state type, so the flip cost and flip of a sealed state are direct (inlinable) calls instead of one interface
/// dispatch per spin. <see cref="AnySites"/> serves every other state through <see cref="ISpinState"/>.
/// </summary>
internal interface ISiteAccess
{
    /// <summary>See <see cref="ISpinState.LocalField"/>.</summary>
    double LocalField(int i);

    /// <summary>See <see cref="ISpinState.FlipCost"/>.</summary>
    double FlipCost(int i);

    /// <summary>See <see cref="ISpinState.Flip"/>.</summary>
    void Flip(int i);

    /// <summary><c>FlipCost(i) &lt; 0</c>, the zero-temperature decision (a state may answer it without the cost).</summary>
    bool FlipLowersCost(int i);
}

/// <summary>A <see cref="HopfieldState"/>.</summary>
internal readonly struct HopfieldSites(HopfieldState state) : ISiteAccess
{
    private readonly HopfieldState _state = state;

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
    public bool FlipLowersCost(int i) => _state.FlipLowersCost(i);
}

/// <summary>A <see cref="DenseAssociativeMemoryState"/>.</summary>
internal readonly struct DenseSites(DenseAssociativeMemoryState state) : ISiteAccess
{
    private readonly DenseAssociativeMemoryState _state = state;

    /// <inheritdoc />
    public double LocalField(int i) => _state.LocalField(i);

    /// <inheritdoc />
    public double FlipCost(int i) => _state.FlipCost(i);

    /// <inheritdoc />
    public void Flip(int i) => _state.Flip(i);

    /// <inheritdoc />
    public bool FlipLowersCost(int i) => _state.FlipCost(i) < 0;
}

/// <summary>An <see cref="IsingLatticeState"/>.</summary>
internal readonly struct LatticeSites(IsingLatticeState state) : ISiteAccess
{
    private readonly IsingLatticeState _state = state;

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

/// <summary>Any other state, through the interface.</summary>
internal readonly struct AnySites(ISpinState state) : ISiteAccess
{
    private readonly ISpinState _state = state;

    /// <inheritdoc />
    public double LocalField(int i) => _state.LocalField(i);

    /// <inheritdoc />
    public double FlipCost(int i) => _state.FlipCost(i);

    /// <inheritdoc />
    public void Flip(int i) => _state.Flip(i);

    /// <inheritdoc />
    public bool FlipLowersCost(int i) => _state.FlipCost(i) < 0;
}
