namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>One spike of a raster.</summary>
/// <param name="Time">Time (ms) from cue onset.</param>
/// <param name="Neuron">The neuron that fired.</param>
public readonly record struct Spike(double Time, int Neuron);
