using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Sampling.Tests.Statistics;

public sealed class BinningAccumulatorTests
{
    private const double Phi = 0.9;
    private const int Samples = 1 << 22;

    [Fact]
    public void Binning_error_of_AR1_series_matches_the_exact_value()
    {
        SeriesEstimate result = SyntheticSeries.Ar1(Phi, Samples, seed: 17).Analyze();

        double exact = SyntheticSeries.Ar1ErrorOfMean(Phi, Samples);
        Assert.True(result.Converged);
        Assert.InRange(result.Error / exact, 0.9, 1.1);
        Assert.InRange(Math.Abs(result.Mean), 0, 4 * result.Error);
    }

    [Fact]
    public void Tau_int_of_AR1_series_matches_the_exact_value()
    {
        SeriesEstimate result = SyntheticSeries.Ar1(Phi, Samples, seed: 29).Analyze();

        Assert.InRange(result.TauInt / SyntheticSeries.Ar1TauInt(Phi), 0.9, 1.1);
        Assert.True(result.BinLength > result.TauInt, "the selected bins must be longer than τ_int");
    }

    [Fact]
    public void Uncorrelated_gaussian_series_has_tau_one_half_and_the_naive_error()
    {
        const int n = 1 << 16;
        var rng = new Xoshiro256StarStar(3);
        var accumulator = new BinningAccumulator();
        for (int t = 0; t < n; t++)
        {
            accumulator.Add(2 * rng.NextGaussian());
        }

        SeriesEstimate result = accumulator.Analyze();

        Assert.True(result.Converged);
        Assert.InRange(result.TauInt, 0.4, 0.6);
        Assert.InRange(result.Error / (2 / Math.Sqrt(n)), 0.9, 1.1);
    }

    [Fact]
    public void Binned_errors_equal_a_direct_computation_from_the_bin_means()
    {
        var rng = new Xoshiro256StarStar(5);
        double[] x = new double[1000];
        var accumulator = new BinningAccumulator();
        for (int t = 0; t < x.Length; t++)
        {
            x[t] = 100 + rng.NextDouble();
            accumulator.Add(x[t]);
        }

        Assert.Equal(x.Average(), accumulator.Mean, 1e-12);
        for (int level = 0; level < 6; level++)
        {
            int length = 1 << level;
            double[] bins = x.Chunk(length).Where(c => c.Length == length).Select(c => c.Average()).ToArray();
            double mean = bins.Average();
            double variance = bins.Sum(b => (b - mean) * (b - mean)) / (bins.Length - 1);
            Assert.Equal(bins.Length, accumulator.BinsAtLevel(level));
            Assert.Equal(Math.Sqrt(variance / bins.Length), accumulator.ErrorAtLevel(level), 1e-10);
        }
    }

    [Fact]
    public void Constant_series_has_zero_error_and_tau_one_half()
    {
        var accumulator = new BinningAccumulator();
        for (int t = 0; t < 1000; t++)
        {
            accumulator.Add(-1.75);
        }

        SeriesEstimate result = accumulator.Analyze();

        Assert.Equal(new SeriesEstimate(-1.75, 0, 0.5, 1000, 1, 1000, true), result);
    }

    [Fact]
    public void Empty_and_single_sample_series_have_no_error()
    {
        var accumulator = new BinningAccumulator();
        Assert.True(double.IsNaN(accumulator.Analyze().Mean));

        accumulator.Add(4.5);
        SeriesEstimate result = accumulator.Analyze();

        Assert.Equal(4.5, result.Mean);
        Assert.True(double.IsNaN(result.Error));
        Assert.False(result.Converged);
    }

    [Fact]
    public void Series_much_shorter_than_its_correlation_time_is_not_converged()
    {
        SeriesEstimate result = SyntheticSeries.Ar1(0.999, 2048, seed: 11).Analyze();

        Assert.False(result.Converged);
        Assert.Equal(64, result.BinLength);
    }

    [Fact]
    public void Jackknife_bins_of_the_accumulator_give_the_error_of_the_mean()
    {
        const int n = 1 << 21;
        BinningAccumulator accumulator = SyntheticSeries.Ar1(Phi, n, seed: 41, jackknifeBins: 512);

        Estimate result = Jackknife.Estimate(accumulator.BinMeans, m => m);

        Assert.Equal(512, accumulator.BinMeans.Length);
        Assert.Equal(n / 512, accumulator.BinLength);
        Assert.InRange(result.Error / SyntheticSeries.Ar1ErrorOfMean(Phi, n), 0.88, 1.12);
    }
}
