using SpinGlass.Analysis.Exact.Enumeration;

namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>What one disorder sample's enumeration found beside its thermal rows (kept with the model's first point).</summary>
/// <param name="Sample">The sample (trial) index.</param>
/// <param name="GroundEnergy">The ground energy.</param>
/// <param name="Degeneracy">How many ground states.</param>
/// <param name="LocalMinima">How many local minima (ground states included).</param>
/// <param name="Minima">The minima kept, by energy.</param>
/// <param name="Histogram">The density of states.</param>
public sealed record ExactSample(int Sample, double GroundEnergy, long Degeneracy, long LocalMinima, LocalMinimum[] Minima, EnergyLevel[] Histogram);
