using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>
/// The <c>stability</c> experiment (Hopfield 1982): store p random memories, start the T = 0 dynamics at each stored
/// memory in turn, run it to a fixed point and count the bits in which that fixed point differs from the memory.
/// </summary>
/// <param name="Points">The (N, p) points in output order.</param>
/// <param name="Coding">Binary (Hopfield 1982, 0/1 neurons with zero thresholds) or spin (±1) neurons.</param>
/// <param name="Dynamics">The zero-temperature relaxation (zero-temperature or synchronous rule).</param>
/// <param name="Trials">Independent pattern sets per point.</param>
/// <param name="Learning">The learning rule; null means plain Hebb.</param>
public sealed record StabilityDefinition(
    IReadOnlyList<StabilityPoint> Points,
    NeuronCoding Coding,
    ChainProtocol Dynamics,
    int Trials,
    HopfieldLearning? Learning = null)
{
    /// <summary>The learning rule, never null.</summary>
    public HopfieldLearning Memory => Learning ?? HopfieldLearning.Hebb;
}
