using SpinGlass.Models.Dense;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>The coordinates shared by the points of one curve of a <c>dense</c> chart (the axis coordinate is 0).</summary>
/// <param name="N">Number of neurons.</param>
/// <param name="Interaction">The interaction function.</param>
/// <param name="Power">The power n.</param>
/// <param name="Beta">β of the exponential F (NaN for the polynomial kinds).</param>
/// <param name="K">Stored patterns.</param>
/// <param name="Noise">Cue noise.</param>
/// <param name="T">Temperature.</param>
public readonly record struct DenseCurve(int N, Interaction Interaction, int Power, double Beta, int K, double Noise, double T);
