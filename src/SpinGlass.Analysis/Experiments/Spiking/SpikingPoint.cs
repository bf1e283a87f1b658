namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>One point of a spiking sweep.</summary>
/// <param name="N">Number of neurons.</param>
/// <param name="P">Number of stored patterns.</param>
/// <param name="Alpha">Load α = p/N.</param>
/// <param name="Noise">Fraction of the cued pattern's active units that the cue moves to silent units.</param>
public sealed record SpikingPoint(int N, int P, double Alpha, double Noise);
