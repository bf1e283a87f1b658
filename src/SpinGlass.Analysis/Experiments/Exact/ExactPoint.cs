namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>One point of an <see cref="ExactDefinition"/>: a model point and a temperature.</summary>
/// <param name="Model">Index into <see cref="ExactDefinition.Models"/>.</param>
/// <param name="N">Spins.</param>
/// <param name="L">Linear size of a lattice instance, else 0.</param>
/// <param name="T">Temperature as configured.</param>
/// <param name="Beta">β = 1/T ∈ [0, ∞].</param>
public sealed record ExactPoint(int Model, int N, int L, double T, double Beta);
