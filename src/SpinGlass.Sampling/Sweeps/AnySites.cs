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

    /// <summary>
    /// The zero-temperature decision <c>s_i ← sgn(h_i)</c> (<see cref="ISpinState.LocalField"/>): <c>s_i h_i &lt; 0</c>. For every
    /// model whose flip cost is <c>2 s_i h_i</c> this is <c>FlipCost(i) &lt; 0</c>; a network that keeps its self-coupling in the field
    /// (<see cref="Models.Learning.LearningOptions.SelfCoupling"/>) differs, and follows the field.
    /// </summary>
    public bool FlipLowersCost(int i) => _state.Spins[i] * _state.LocalField(i) < 0;
}
