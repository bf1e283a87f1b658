using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>
/// The <c>phase-diagram</c> experiment: on an (α, T) grid, start at a stored pattern, run heat-bath (or Metropolis)
/// dynamics, and measure the time-averaged overlap with it and the energy per spin.
/// </summary>
/// <param name="Points">The (N, α, T) points in output order.</param>
/// <param name="Coding">Spin or binary neurons.</param>
/// <param name="Dynamics">
/// Glauber or Metropolis with its site order, thermalisation and measurement sweeps; the equilibrium protocol runs at
/// every T, the T = 0 column included (<see cref="ChainProtocol.RelaxAtZeroTemperature"/> false).
/// </param>
/// <param name="Trials">Independent pattern sets per point.</param>
/// <param name="Tempering">
/// Whether the T &gt; 0 points of one (N, α) run as one parallel-tempering ladder over one pattern set (exchanges after
/// every sweep, random site order), so the spin-glass region is sampled in equilibrium. The default is false.
/// </param>
/// <param name="Learning">The learning rule; null means plain Hebb.</param>
/// <param name="Lanes">
/// Whether the points of one (N, α), T = 0 included, run sixteen temperatures at a time as the vector lanes of one
/// <see cref="Sampling.Lanes.HopfieldLanes"/> over one pattern set (plain Hebb, ±1 neurons, random order, no tempering).
/// The default is false.
/// </param>
public sealed record PhaseDiagramDefinition(
    IReadOnlyList<CapacityPoint> Points,
    NeuronCoding Coding,
    ChainProtocol Dynamics,
    int Trials,
    bool Tempering = false,
    HopfieldLearning? Learning = null,
    bool Lanes = false)
{
    /// <summary>The learning rule, never null.</summary>
    public HopfieldLearning Memory => Learning ?? HopfieldLearning.Hebb;
}
