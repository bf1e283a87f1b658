using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Trajectory;

/// <summary>
/// The <c>trajectory</c> experiment: store p = αN random patterns, start from ξ¹ with a fraction <c>StartNoise</c> of its
/// bits flipped, and follow the energy per spin E(t)/N and the overlap m(t) with ξ¹ sweep by sweep.
/// </summary>
/// <param name="Points">The (N, α, T) points in output order.</param>
/// <param name="Coding">Spin or binary (Hopfield 1982) neurons.</param>
/// <param name="StartNoise">Fraction of bits of ξ¹ flipped in the starting state.</param>
/// <param name="Dynamics">The dynamics, run for <see cref="ChainProtocol.Measure"/> sweeps with a measurement after each (no relaxation shortcut).</param>
/// <param name="Trials">Independent pattern sets and cues per point.</param>
public sealed record TrajectoryDefinition(
    IReadOnlyList<CapacityPoint> Points,
    NeuronCoding Coding,
    double StartNoise,
    ChainProtocol Dynamics,
    int Trials);
