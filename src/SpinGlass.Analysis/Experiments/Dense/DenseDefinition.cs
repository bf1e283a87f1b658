namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// The <c>dense</c> experiment: store K random patterns in a dense associative memory
/// <c>E = −Σ_μ F(ξ^μ·s)</c>, measure the per-bit error of one update at ξ¹, then recall ξ¹ from ξ¹ itself (or a
/// cue with a fraction <c>StartNoise</c> of its bits flipped).
/// </summary>
/// <param name="Points">The (N, interaction, n, K, T) points in output order.</param>
/// <param name="StartNoise">Fraction of bits flipped in the starting cue (0: start at the pattern).</param>
/// <param name="Dynamics">The recall dynamics.</param>
/// <param name="Trials">Independent pattern sets per point.</param>
public sealed record DenseDefinition(IReadOnlyList<DensePoint> Points, double StartNoise, ChainProtocol Dynamics, int Trials);
