namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>One point of a <c>modern</c> run: dimension d, stored patterns M, β, and the cue's flipped or masked fraction.</summary>
public sealed record ModernPoint(int D, int M, double Beta, double Noise, double Mask);
