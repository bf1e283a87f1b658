namespace SpinGlass.Models.Capabilities;

/// <summary>
/// Capability of a chain state: it hands a visitor its own struct view of itself (<see cref="ISiteAccess"/>), so the
/// visitor's code is specialised per state type by the JIT. One generic virtual call per <see cref="Accept"/> (a
/// sampler makes it once, when it is built), none per spin.
/// </summary>
public interface ISiteAccessProvider
{
    /// <summary>Calls <c>visitor.Visit(view)</c> with the state's own site view and returns its result.</summary>
    TResult Accept<TVisitor, TResult>(ref TVisitor visitor)
        where TVisitor : struct, ISiteVisitor<TResult>;
}
