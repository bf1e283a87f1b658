namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>What became of two nearby memories in one trial of the merging test.</summary>
public enum MergingOutcome
{
    /// <summary>Each relaxation ends within the tolerance of its own memory, and the two ends differ.</summary>
    BothStable,

    /// <summary>The two ends differ, but at least one moved beyond the tolerance from its memory.</summary>
    Displaced,

    /// <summary>Both relaxations end in the same state: the two memories share one minimum.</summary>
    Fused,
}
