namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>One pattern set's outcome.</summary>
/// <param name="BitErrorRate">Fraction of ξ¹'s bits with a negative flip cost at s = ξ¹ (one update would flip them).</param>
/// <param name="Success">The dynamics ended exactly on ξ¹.</param>
/// <param name="Overlap">Final (T = 0) or time-averaged (T &gt; 0) overlap with ξ¹.</param>
/// <param name="Sweeps">Sweeps made.</param>
public sealed record DenseTrial(double BitErrorRate, bool Success, double Overlap, int Sweeps);
