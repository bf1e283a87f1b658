using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>
/// The <c>attractors</c> experiment: from uniformly random initial states, relax with zero-temperature dynamics
/// (after <c>Anneal</c> heat-bath sweeps at T when T &gt; 0: a quench) and classify where each start ends.
/// </summary>
/// <param name="Points">The (N, α, T) points.</param>
/// <param name="Starts">Random starts per pattern set.</param>
/// <param name="MaxSweeps">Sweep limit of the zero-temperature relaxation.</param>
/// <param name="Anneal">Heat-bath sweeps at T before the quench (T &gt; 0 only).</param>
/// <param name="Order">Site order.</param>
/// <param name="Trials">Pattern sets per point.</param>
/// <param name="Coding">Spin (the default) or Hopfield 1982's binary neurons (energies then in his units).</param>
/// <param name="Learning">The learning rule; null means plain Hebb.</param>
public sealed record AttractorsDefinition(
    IReadOnlyList<CapacityPoint> Points, int Starts, int MaxSweeps, int Anneal, SiteOrder Order, int Trials, NeuronCoding Coding = NeuronCoding.Spin,
    HopfieldLearning? Learning = null)
{
    /// <summary>The learning rule, never null.</summary>
    public HopfieldLearning Memory => Learning ?? HopfieldLearning.Hebb;
}
