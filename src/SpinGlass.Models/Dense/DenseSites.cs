using SpinGlass.Models.Capabilities;

namespace SpinGlass.Models.Dense;

/// <summary>The struct site view of a <see cref="DenseAssociativeMemoryState"/>.</summary>
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
