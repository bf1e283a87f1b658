namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>One pattern set's outcome.</summary>
/// <param name="Overlap">Final (T = 0) or time-averaged (T &gt; 0) overlap with ξ¹.</param>
/// <param name="Stable">ξ¹ itself is an exact fixed point of T = 0 dynamics.</param>
/// <param name="Sweeps">Sweeps made.</param>
/// <param name="ErrorFraction">Final or time-averaged fraction of wrong bits; null means (1 − m)/2, exact for unbiased ±1 patterns.</param>
public sealed record CapacityTrial(double Overlap, bool Stable, int Sweeps, double? ErrorFraction = null);
