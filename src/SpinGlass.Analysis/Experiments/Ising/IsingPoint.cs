namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>One point of an <see cref="IsingDefinition"/>: side length and inverse temperature.</summary>
/// <param name="L">Side length.</param>
/// <param name="Beta">Inverse temperature β ∈ [0, ∞].</param>
public sealed record IsingPoint(int L, double Beta);
