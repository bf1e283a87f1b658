namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>The spikes of one recall, with neurons relabelled by pattern membership for a raster plot.</summary>
/// <param name="Times">Spike times (ms from cue onset).</param>
/// <param name="Rows">The row of each spike's neuron: the cued pattern's active units first, then those of the next traced patterns, then the rest.</param>
/// <param name="Neurons">The neuron of each spike.</param>
/// <param name="Groups">The number of rows of each group in that order (the last group: units of no traced pattern).</param>
public sealed record SpikingRaster(double[] Times, int[] Rows, int[] Neurons, int[] Groups);
