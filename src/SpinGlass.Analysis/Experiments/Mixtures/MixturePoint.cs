namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>One point of a mixtures sweep.</summary>
/// <param name="N">Neurons.</param>
/// <param name="P">Stored patterns (at least <paramref name="Order"/>).</param>
/// <param name="Order">The number n of patterns in the symmetric mixture sgn(ξ¹ + … + ξⁿ).</param>
/// <param name="T">Temperature.</param>
/// <param name="Beta">Inverse temperature.</param>
public sealed record MixturePoint(int N, int P, int Order, double T, double Beta);
