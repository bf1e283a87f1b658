namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>The exact thermal averages of one instance at one temperature.</summary>
/// <param name="Beta">Inverse temperature β ∈ [0, ∞].</param>
/// <param name="Energy">Energy per spin <c>⟨E⟩/N</c>.</param>
/// <param name="SpecificHeat">Specific heat per spin <c>β²(⟨E²⟩ − ⟨E⟩²)/N</c> (0 at β = ∞).</param>
/// <param name="AbsMagnetization"><c>⟨|m|⟩</c>, <c>m = (1/N) Σ_i s_i</c>.</param>
/// <param name="Q2"><c>⟨q²⟩</c> of two independent replicas, NaN when overlaps were not computed.</param>
/// <param name="Q4"><c>⟨q⁴⟩</c>, NaN when overlaps were not computed.</param>
/// <param name="OverlapDistribution">P(q) at <c>q = 1 − 2d/N</c>, <c>d = 0 … N</c>; empty when overlaps were not computed.</param>
public sealed record ThermalRow(double Beta, double Energy, double SpecificHeat, double AbsMagnetization, double Q2, double Q4, double[] OverlapDistribution)
{
    /// <summary>The Binder ratio of the overlap, <c>g = ½(3 − ⟨q⁴⟩/⟨q²⟩²)</c>.</summary>
    public double BinderG => 0.5 * (3 - (Q4 / (Q2 * Q2)));
}
