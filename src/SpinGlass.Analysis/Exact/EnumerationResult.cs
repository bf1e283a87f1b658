namespace SpinGlass.Analysis.Exact;

/// <summary>
/// The exact Boltzmann distribution of a model with <c>N ≤ 20</c> spins at one inverse temperature, and its thermal
/// averages per spin, with <c>m = (1/N) Σ_i s_i</c>.
/// </summary>
/// <param name="Beta">Inverse temperature <c>β ∈ [0, ∞]</c>.</param>
/// <param name="N">Number of spins.</param>
/// <param name="Probabilities">
/// <c>P(s) = e^{−βE(s)}/Z</c> for every configuration index (bit i set ↔ <c>s_i = +1</c>), <c>2^N</c> entries.
/// </param>
/// <param name="LogPartitionFunction"><c>ln Z</c>; at β = ∞ it is <c>±∞</c>, or <c>ln g</c> when <c>E₀ = 0</c>.</param>
/// <param name="GroundStateEnergy">The lowest energy <c>E₀</c> (total, not per spin).</param>
/// <param name="EnergyPerSpin"><c>⟨E⟩/N</c>.</param>
/// <param name="SpecificHeatPerSpin"><c>C/N = β²(⟨E²⟩ − ⟨E⟩²)/N</c>; 0 at β = 0 and β = ∞.</param>
/// <param name="MeanAbsMagnetisation"><c>⟨|m|⟩</c>.</param>
/// <param name="MeanMagnetisationSquared"><c>⟨m²⟩</c>.</param>
/// <param name="MeanMagnetisationFourth"><c>⟨m⁴⟩</c>.</param>
/// <param name="Susceptibility">
/// <c>χ = βN(⟨m²⟩ − ⟨|m|⟩²)</c>; at β = ∞ it is 0 when <c>|m|</c> is the same in every ground state, else <c>+∞</c>.
/// </param>
/// <param name="BinderCumulant"><c>U = 1 − ⟨m⁴⟩/(3⟨m²⟩²)</c>; NaN only when <c>m = 0</c> with certainty.</param>
/// <remarks>The quantities sampled estimates are tested against (K. Binder, Z. Phys. B 43, 119 (1981) for <c>U</c>).</remarks>
public sealed record EnumerationResult(
    double Beta,
    int N,
    double[] Probabilities,
    double LogPartitionFunction,
    double GroundStateEnergy,
    double EnergyPerSpin,
    double SpecificHeatPerSpin,
    double MeanAbsMagnetisation,
    double MeanMagnetisationSquared,
    double MeanMagnetisationFourth,
    double Susceptibility,
    double BinderCumulant);
