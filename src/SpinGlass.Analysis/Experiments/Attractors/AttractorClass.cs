namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>The kind of state a relaxation ends in.</summary>
public enum AttractorClass
{
    /// <summary>A stored pattern or its reverse: some |m_μ| ≥ 0.9.</summary>
    Pure,

    /// <summary>A symmetric odd mixture: n = 3, 5 or 7 overlaps near m_n, the others clearly smaller.</summary>
    Mixture,

    /// <summary>Neither: a spin-glass state uncorrelated with any few patterns.</summary>
    SpinGlass,
}
