namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>
/// What one chain measured: bin means of the per-spin primary observables (aligned bins of equal length),
/// the integrated autocorrelation times of the energy and of |m|, and the acceptance rate.
/// </summary>
/// <param name="Energy">Bins of <c>e = E/N</c>.</param>
/// <param name="EnergySquared">Bins of <c>e²</c>.</param>
/// <param name="AbsMagnetisation">Bins of <c>|m|</c>, <c>m = M/N</c>.</param>
/// <param name="MagnetisationSquared">Bins of <c>m²</c>.</param>
/// <param name="MagnetisationFourth">Bins of <c>m⁴</c>.</param>
/// <param name="TauEnergy">τ_int of the energy series in sweeps (Sokal: ½ for uncorrelated data; wolff: sweeps-equivalents).</param>
/// <param name="TauAbsMagnetisation">τ_int of the <c>|m|</c> series, in the same unit.</param>
/// <param name="Acceptance">Fraction of accepted updates during measurement.</param>
public sealed record IsingTrial(
    double[] Energy,
    double[] EnergySquared,
    double[] AbsMagnetisation,
    double[] MagnetisationSquared,
    double[] MagnetisationFourth,
    double TauEnergy,
    double TauAbsMagnetisation,
    double Acceptance);
