namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>One point of a stability sweep.</summary>
/// <param name="N">Number of neurons.</param>
/// <param name="P">Number of stored memories (Hopfield's n).</param>
public sealed record StabilityPoint(int N, int P);
