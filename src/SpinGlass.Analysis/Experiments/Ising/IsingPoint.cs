using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>One point of an <see cref="IsingDefinition"/>: side length and temperature.</summary>
/// <param name="L">Side length.</param>
/// <param name="T">Temperature T ≥ 0, as configured (reported as given, not recomputed from β).</param>
/// <param name="Beta">Inverse temperature β = 1/T ∈ [0, ∞].</param>
public sealed record IsingPoint(int L, double T, double Beta)
{
    /// <summary>The point at temperature <paramref name="temperature"/>.</summary>
    public static IsingPoint AtTemperature(int l, double temperature) => new(l, temperature, Temperatures.ToBeta(temperature));

    /// <summary>The point at inverse temperature <paramref name="beta"/>.</summary>
    public static IsingPoint AtBeta(int l, double beta) => new(l, Temperatures.ToTemperature(beta), beta);
}
