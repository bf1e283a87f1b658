using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>
/// The <c>capacity</c> experiment: store p = αN random patterns, start at pattern ξ¹ (or a cue with a fraction
/// <c>StartNoise</c> of its bits flipped), let the network recall, and measure how much of ξ¹ survives.
/// </summary>
/// <param name="Points">The (N, α, T) points in output order.</param>
/// <param name="Coding">Spin or binary (Hopfield 1982) neurons.</param>
/// <param name="StartNoise">Fraction of bits flipped in the starting cue (0: start at the pattern).</param>
/// <param name="Dynamics">The recall dynamics.</param>
/// <param name="Trials">Independent pattern sets per point.</param>
/// <param name="SuccessOverlap">A trial succeeds when its overlap reaches this (1: the pattern exactly).</param>
/// <param name="RetrievalOverlap">A trial retrieves when its overlap reaches this; α_c(N) is where half the trials do.</param>
/// <param name="Learning">The learning rule; null means plain Hebb.</param>
public sealed record CapacityDefinition(
    IReadOnlyList<CapacityPoint> Points,
    NeuronCoding Coding,
    double StartNoise,
    ChainProtocol Dynamics,
    int Trials,
    double SuccessOverlap,
    double RetrievalOverlap,
    HopfieldLearning? Learning = null)
{
    /// <summary>The learning rule, never null.</summary>
    public HopfieldLearning Memory => Learning ?? HopfieldLearning.Hebb;
}
