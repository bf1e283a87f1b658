namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>One pattern set's (or one cue's) outcome.</summary>
/// <param name="BitErrorRate">Fraction of the cued pattern's bits with a negative flip cost at the pattern (one update would flip them).</param>
/// <param name="Success">The dynamics ended exactly on the cued pattern.</param>
/// <param name="Closest">The dynamics ended exactly on a stored pattern nearest (in Hamming distance) to the starting state.</param>
/// <param name="Stored">The dynamics ended exactly on some stored pattern.</param>
/// <param name="Majority">The dynamics ended on the majority vote <c>sgn(Σ_μ ξ^μ_i)</c> of all stored patterns (bits where it ties are free).</param>
/// <param name="Overlap">Final (T = 0) or time-averaged (T &gt; 0) overlap with the cued pattern.</param>
/// <param name="Sweeps">Sweeps made.</param>
public sealed record DenseTrial(double BitErrorRate, bool Success, bool Closest, bool Stored, bool Majority, double Overlap, int Sweeps)
{
    /// <summary>The energy trajectory (the first <see cref="Trajectory.EnergyTraces.Trials"/> trials only, else null).</summary>
    public Trajectory.EnergyTrace? Trace { get; init; }
}
