namespace SpinGlass.Models.Capabilities;

/// <summary>
/// The per-site operations of a sweep, implemented by a chain state's own struct view of itself (see
/// <see cref="ISiteAccessProvider"/>). A sweep generic over a struct type argument is compiled once per view, so the
/// flip cost and the flip of a sealed state are direct, inlinable calls instead of one interface dispatch per spin.
/// </summary>
/// <remarks>
/// A view must answer exactly as the state's <see cref="ISpinState"/> members do (same arithmetic, same order of
/// operations): a chain run through the view and one run through the interface are the same chain, bit for bit.
/// </remarks>
public interface ISiteAccess
{
    /// <summary>See <see cref="ISpinState.LocalField"/>.</summary>
    double LocalField(int i);

    /// <summary>See <see cref="ISpinState.FlipCost"/>.</summary>
    double FlipCost(int i);

    /// <summary>See <see cref="ISpinState.Flip"/>.</summary>
    void Flip(int i);

    /// <summary>
    /// <c>FlipCost(i) &lt; 0</c>, the zero-temperature decision; a state may answer it without computing the cost
    /// (for instance in exact integers), but never differently.
    /// </summary>
    bool FlipLowersCost(int i);
}
