namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>The measured thermodynamics of one point, per spin, with standard errors, beside the exact values.</summary>
/// <param name="L">Side length.</param>
/// <param name="T">Temperature.</param>
/// <param name="Energy">⟨e⟩.</param>
/// <param name="EnergyErr">Error of ⟨e⟩.</param>
/// <param name="AbsMagnetization">⟨|m|⟩.</param>
/// <param name="AbsMagnetizationErr">Its error.</param>
/// <param name="SpecificHeat"><c>C = β² N (⟨e²⟩ − ⟨e⟩²)</c>.</param>
/// <param name="SpecificHeatErr">Jackknife error.</param>
/// <param name="Susceptibility"><c>χ = β N (⟨m²⟩ − ⟨|m|⟩²)</c>.</param>
/// <param name="SusceptibilityErr">Jackknife error.</param>
/// <param name="Binder"><c>U_L = 1 − ⟨m⁴⟩/(3⟨m²⟩²)</c>.</param>
/// <param name="BinderErr">Jackknife error.</param>
/// <param name="TauEnergy">τ_int of the energy in sweeps (mean over chains).</param>
/// <param name="Acceptance">Acceptance rate.</param>
/// <param name="EnergyExact">Exact finite-lattice energy (ring or Kaufman), NaN when unknown.</param>
/// <param name="SpecificHeatExact">Exact finite-lattice specific heat, NaN when unknown.</param>
public sealed record IsingPointResult(
    int L,
    double T,
    double Energy,
    double EnergyErr,
    double AbsMagnetization,
    double AbsMagnetizationErr,
    double SpecificHeat,
    double SpecificHeatErr,
    double Susceptibility,
    double SusceptibilityErr,
    double Binder,
    double BinderErr,
    double TauEnergy,
    double Acceptance,
    double EnergyExact,
    double SpecificHeatExact);
