namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>One point of a sequence sweep.</summary>
/// <param name="N">Number of neurons.</param>
/// <param name="P">Length p of the stored sequence.</param>
/// <param name="Alpha">Load α = p/N.</param>
/// <param name="Lambda">Strength λ of the transition term.</param>
/// <param name="Delay">Time constant τ of the filter, in sweeps (1 without a filter).</param>
/// <param name="T">Temperature.</param>
/// <param name="Beta">Inverse temperature β = 1/T.</param>
public sealed record SequencePoint(int N, int P, double Alpha, double Lambda, int Delay, double T, double Beta);
