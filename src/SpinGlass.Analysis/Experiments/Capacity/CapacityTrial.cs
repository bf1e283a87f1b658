namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>One pattern set's outcome.</summary>
/// <param name="Overlap">Final (T = 0) or time-averaged (T &gt; 0) overlap with ξ¹.</param>
/// <param name="Stable">ξ¹ itself is an exact fixed point of T = 0 dynamics.</param>
/// <param name="Sweeps">Sweeps made.</param>
public sealed record CapacityTrial(double Overlap, bool Stable, int Sweeps);
