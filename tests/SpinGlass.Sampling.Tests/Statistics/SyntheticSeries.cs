using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Sampling.Tests.Statistics;

/// <summary>Synthetic time series with known statistics, fed straight into an accumulator.</summary>
internal static class SyntheticSeries
{
    /// <summary>
    /// The stationary AR(1) process <c>x_t = φ x_{t−1} + √(1 − φ²) ε_t</c> with unit variance, started in equilibrium,
    /// whose autocorrelation is <c>ρ(t) = φ^t</c>.
    /// </summary>
    public static BinningAccumulator Ar1(double phi, int n, ulong seed, int jackknifeBins = 64)
    {
        var rng = new Xoshiro256StarStar(seed);
        var accumulator = new BinningAccumulator(jackknifeBins: jackknifeBins);
        double noise = Math.Sqrt(1 - phi * phi);
        double x = rng.NextGaussian();
        for (int t = 0; t < n; t++)
        {
            accumulator.Add(x);
            x = phi * x + noise * rng.NextGaussian();
        }

        return accumulator;
    }

    /// <summary>The exact <c>τ_int = ½ + Σ_{t≥1} φ^t = ½ (1 + φ)/(1 − φ)</c> of the AR(1) process.</summary>
    public static double Ar1TauInt(double phi) => 0.5 * (1 + phi) / (1 - phi);

    /// <summary>
    /// The exact standard deviation of the mean of <paramref name="n"/> consecutive AR(1) samples,
    /// <c>Var(x̄) = (1/n) [(1 + φ)/(1 − φ) − 2φ (1 − φ^n) / (n (1 − φ)²)]</c>.
    /// </summary>
    public static double Ar1ErrorOfMean(double phi, long n) =>
        Math.Sqrt(((1 + phi) / (1 - phi) - 2 * phi * (1 - Math.Pow(phi, n)) / (n * (1 - phi) * (1 - phi))) / n);
}
