namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>One point of a capacity sweep.</summary>
/// <param name="N">Number of neurons.</param>
/// <param name="P">Number of stored patterns <c>p = round(αN)</c> (at least 1).</param>
/// <param name="Alpha">The load as configured (reported as given).</param>
/// <param name="T">Temperature.</param>
/// <param name="Beta">Inverse temperature β = 1/T.</param>
public sealed record CapacityPoint(int N, int P, double Alpha, double T, double Beta);
