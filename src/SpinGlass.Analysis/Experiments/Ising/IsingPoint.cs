using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>One point of an <see cref="IsingDefinition"/>: side length, temperature and update rule.</summary>
/// <param name="L">Side length.</param>
/// <param name="T">Temperature T ≥ 0, as configured (reported as given, not recomputed from β).</param>
/// <param name="Beta">Inverse temperature β = 1/T ∈ [0, ∞].</param>
/// <param name="Rule">Metropolis, Glauber or Wolff. The default is Metropolis.</param>
public sealed record IsingPoint(int L, double T, double Beta, UpdateRule Rule = UpdateRule.Metropolis)
{
    /// <summary>The point at temperature <paramref name="temperature"/>.</summary>
    public static IsingPoint AtTemperature(int l, double temperature, UpdateRule rule = UpdateRule.Metropolis) =>
        new(l, temperature, Temperatures.ToBeta(temperature), rule);

    /// <summary>The point at inverse temperature <paramref name="beta"/>.</summary>
    public static IsingPoint AtBeta(int l, double beta, UpdateRule rule = UpdateRule.Metropolis) => new(l, Temperatures.ToTemperature(beta), beta, rule);
}
