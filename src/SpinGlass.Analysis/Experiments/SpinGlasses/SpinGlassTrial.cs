namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>What one disorder sample measured at one temperature of its ladder (thermal averages over the measured sweeps).</summary>
/// <param name="Energy">⟨e⟩, e = E/N, over the measurements of every replica.</param>
/// <param name="SpecificHeat">β² N (⟨e²⟩ − ⟨e⟩²) of this sample.</param>
/// <param name="Q2">⟨q²⟩ over the measurements and replica pairs.</param>
/// <param name="Q4">⟨q⁴⟩.</param>
/// <param name="Overlaps">The probability of each overlap bin (<see cref="OverlapBins"/>), summing to 1.</param>
/// <param name="ExchangeRate">The acceptance of swaps with the next temperature (NaN at the hottest).</param>
/// <param name="TauEnergy">τ_int of the energy at this temperature, in sweeps.</param>
/// <param name="LowestEnergy">The lowest energy per spin any replica had after a measured sweep, at any temperature.</param>
/// <param name="RoundTrips">Round trips coldest ↔ hottest of all walkers of all replicas.</param>
public sealed record SpinGlassTrial(
    double Energy,
    double SpecificHeat,
    double Q2,
    double Q4,
    double[] Overlaps,
    double ExchangeRate,
    double TauEnergy,
    double LowestEnergy,
    long RoundTrips);
