namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>One point of a retrieval sweep.</summary>
/// <param name="N">Neurons.</param>
/// <param name="P">Stored patterns.</param>
/// <param name="Noise">Fraction of bits flipped in the cue (exactly round(noise·N) bits).</param>
/// <param name="T">Temperature.</param>
/// <param name="Beta">Inverse temperature.</param>
public sealed record RetrievalPoint(int N, int P, double Noise, double T, double Beta);
