namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>One trial's outcome.</summary>
/// <param name="Recall">The spiking recall (trace and raster kept for the first trial only).</param>
/// <param name="CueOverlap">The overlap of the cue itself with the cued pattern.</param>
/// <param name="BinaryOverlap">The overlap of the binary network's fixed point reached from the same cue.</param>
/// <param name="Raster">The first trial's raster sorted by pattern membership; null for the others.</param>
public sealed record SpikingTrial(SpikingRecallResult Recall, double CueOverlap, double BinaryOverlap, SpikingRaster? Raster);
