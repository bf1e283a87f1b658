namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>One row of the <c>spin-glass</c> experiment: a temperature of one size's ladder.</summary>
/// <param name="Size">The index of the size in <see cref="SpinGlassDefinition.Sizes"/>.</param>
/// <param name="N">Spins.</param>
/// <param name="L">Side length of a lattice instance, or 0.</param>
/// <param name="Temperature">The index k of T in the ladder (0 the coldest).</param>
/// <param name="T">The temperature.</param>
/// <param name="Beta">β = 1/T.</param>
public sealed record SpinGlassPoint(int Size, int N, int L, int Temperature, double T, double Beta);
