using SpinGlass.Models;
using SpinGlass.Models.Capabilities;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>The site view of a state that offers none of its own: every call goes through <see cref="ISpinState"/>.</summary>
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
