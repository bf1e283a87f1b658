using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>
/// The <c>phase-diagram</c> experiment: on an (α, T) grid, start at a stored pattern, run heat-bath (or Metropolis)
/// dynamics, and measure the time-averaged overlap with it and the energy per spin.
/// </summary>
/// <param name="Points">The (N, α, T) points in output order.</param>
/// <param name="Coding">Spin or binary neurons.</param>
/// <param name="Rule">Glauber or Metropolis.</param>
/// <param name="Order">Site order.</param>
/// <param name="Protocol">Thermalisation and measurement sweeps.</param>
/// <param name="Trials">Independent pattern sets per point.</param>
public sealed record PhaseDiagramDefinition(
    IReadOnlyList<CapacityPoint> Points,
    NeuronCoding Coding,
    UpdateRule Rule,
    SiteOrder Order,
    RunProtocol Protocol,
    int Trials);
