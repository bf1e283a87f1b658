namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>
/// One trial of a <c>modern</c> point: one stored set and a batch of cues, each quantity averaged over the batch; the
/// census shares of the retrieved states; and, for fixed images, each image's cue and retrieved state (signs).
/// </summary>
public sealed record ModernTrial(
    double Retrieval,
    double Overlap,
    double Error,
    double Updates,
    double Separation,
    double Classical,
    double NearOne,
    double Metastable,
    double Global,
    double Averaged,
    ModernExample[] Examples)
{
    /// <summary>The first cue's energy trajectory (the first <see cref="Trajectory.EnergyTraces.Trials"/> trials only, else null).</summary>
    public Trajectory.EnergyTrace? Trace { get; init; }
}

/// <summary>A cue of stored image <see cref="Target"/> and the state one update (or convergence) retrieved from it, as signs.</summary>
public sealed record ModernExample(int Target, sbyte[] Cue, sbyte[] Retrieved);
