namespace SpinGlass.Sampling.Annealing;

/// <summary>How an annealing schedule spaces its inverse temperatures between β_start and β_end.</summary>
public enum ScheduleKind
{
    /// <summary>Equal steps in β: <c>β_k = β_start + (β_end − β_start) k/(K − 1)</c>.</summary>
    Linear,

    /// <summary>Equal ratios: <c>β_k = β_start (β_end/β_start)^{k/(K − 1)}</c> (both positive).</summary>
    Geometric,
}
