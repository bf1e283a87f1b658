namespace SpinGlass.Models.Capabilities;

/// <summary>
/// Capability of a chain state of an associative memory: it tracks the integer overlaps <c>M_μ = Σ_j ξ^μ_j s_j</c>
/// (<c>N m_μ</c>) of its configuration with every stored ±1 pattern, whatever the learning rule.
/// </summary>
public interface IPatternOverlaps
{
    /// <summary>The integer overlaps <c>M_μ = N m_μ</c>, one per stored pattern (valid until the next flip).</summary>
    ReadOnlySpan<int> Overlaps { get; }
}
