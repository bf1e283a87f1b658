namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>One cue's recall; for fixed images the first cue of each image keeps its states for the gallery.</summary>
/// <param name="Target">Index of the cued pattern.</param>
/// <param name="Overlap">Final (T = 0) or time-averaged overlap with the target.</param>
/// <param name="Hamming">Bits of the final state that differ from the target.</param>
/// <param name="Sweeps">Sweeps made.</param>
/// <param name="Cue">The cue (gallery examples only, else null).</param>
/// <param name="Recalled">The final state (gallery examples only, else null).</param>
public sealed record RetrievalTrial(int Target, double Overlap, int Hamming, int Sweeps, sbyte[]? Cue, sbyte[]? Recalled)
{
    /// <summary>The energy trajectory (the first <see cref="Trajectory.EnergyTraces.Trials"/> trials only, else null).</summary>
    public Trajectory.EnergyTrace? Trace { get; init; }
}
