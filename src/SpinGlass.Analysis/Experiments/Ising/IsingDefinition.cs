using SpinGlass.Models;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// The <c>ising</c> experiment: equilibrium thermodynamics of nearest-neighbour Ising lattices by Monte Carlo,
/// point by point over side lengths and temperatures.
/// </summary>
/// <param name="Lattice">Chain, square or cubic.</param>
/// <param name="Points">The (L, T, rule) points in output order.</param>
/// <param name="J">Coupling <c>J</c>.</param>
/// <param name="H">External field <c>h</c>.</param>
/// <param name="Order">Site order of the single-spin rules (the wolff rule has none).</param>
/// <param name="Protocol">Thermalisation and measurement sweeps (cluster steps under the wolff rule).</param>
/// <param name="Trials">Independent chains per point (their bins are pooled).</param>
public sealed record IsingDefinition(
    LatticeKind Lattice,
    IReadOnlyList<IsingPoint> Points,
    double J,
    double H,
    SiteOrder Order,
    RunProtocol Protocol,
    int Trials);
