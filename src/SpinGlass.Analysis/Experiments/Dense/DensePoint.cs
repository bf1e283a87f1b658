using SpinGlass.Models.Dense;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>One point of a dense-associative-memory sweep.</summary>
/// <param name="N">Number of neurons.</param>
/// <param name="Interaction">The interaction function <c>F</c>.</param>
/// <param name="Power">The power <c>n</c> of the polynomial kinds (reported but ignored by the exponential).</param>
/// <param name="K">Number of stored patterns.</param>
/// <param name="T">Temperature (in units of the energy <c>E = −Σ_μ F(ξ^μ·s)</c>).</param>
/// <param name="Beta">Inverse temperature β = 1/T of the dynamics.</param>
/// <param name="InteractionBeta">The β of the exponential <c>F(x) = e^{βx}</c>; 1 for the polynomial kinds. The default is 1.</param>
/// <param name="Noise">Fraction of the cued pattern's bits flipped in the starting state (exactly round(noise·N) bits). The default is 0.</param>
public sealed record DensePoint(int N, Interaction Interaction, int Power, int K, double T, double Beta, double InteractionBeta = 1, double Noise = 0);
