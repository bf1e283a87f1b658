namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>The census of one (N, α, T) point, with standard errors over pattern sets, and all end-state energies.</summary>
/// <param name="N">Neurons.</param>
/// <param name="Alpha">Load.</param>
/// <param name="P">Patterns.</param>
/// <param name="T">Temperature of the anneal before the quench (0: plain zero-temperature relaxation).</param>
/// <param name="Rates">Rates and errors: pure, mixture, spin glass (six values).</param>
/// <param name="MeanEnergies">Mean energy per spin of each class (NaN where none).</param>
/// <param name="Energies">Every end state's (class, energy), for the histogram.</param>
public sealed record AttractorsPointResult(
    int N, double Alpha, int P, double T, double[] Rates, double[] MeanEnergies, IReadOnlyList<AttractorsTrial> Energies);
