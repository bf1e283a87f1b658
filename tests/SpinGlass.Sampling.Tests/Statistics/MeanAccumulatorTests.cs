using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Sampling.Tests.Statistics;

public sealed class MeanAccumulatorTests
{
    private static readonly double[] Sample = [2, 4, 4, 4, 5, 5, 7, 9];

    [Fact]
    public void Welford_mean_and_standard_error_are_exact_on_a_small_set()
    {
        // Σ (x − 5)² = 32, so s² = 32/7 and s/√8 = √(4/7).
        Estimate result = MeanAccumulator.Of(Sample);

        Assert.Equal(5, result.Mean, 15);
        Assert.Equal(Math.Sqrt(4.0 / 7.0), result.Error, 15);
    }

    [Fact]
    public void Variance_survives_a_large_offset()
    {
        var accumulator = new MeanAccumulator();
        foreach (double x in Sample)
        {
            accumulator.Add(1e9 + x);
        }

        Assert.Equal(1e9 + 5, accumulator.Mean);
        Assert.Equal(32.0 / 7.0, accumulator.Variance, 1e-6);
    }

    [Fact]
    public void Merging_two_accumulators_equals_adding_all_samples()
    {
        var left = new MeanAccumulator();
        var right = new MeanAccumulator();
        for (int i = 0; i < Sample.Length; i++)
        {
            (i < 3 ? left : right).Add(Sample[i]);
        }

        left.Merge(right);
        left.Merge(new MeanAccumulator());

        Assert.Equal(8, left.Count);
        Assert.Equal(5, left.Mean, 14);
        Assert.Equal(32.0 / 7.0, left.Variance, 14);
    }

    [Fact]
    public void Success_rate_of_zero_one_outcomes_has_the_binomial_error()
    {
        var accumulator = new MeanAccumulator();
        for (int i = 0; i < 100; i++)
        {
            accumulator.Add(i < 30 ? 1 : 0);
        }

        // s² = n p (1 − p) / (n − 1) with p = 0.3, n = 100.
        Assert.Equal(0.3, accumulator.Mean, 14);
        Assert.Equal(Math.Sqrt(0.3 * 0.7 / 99), accumulator.StandardError, 14);
    }

    [Fact]
    public void Empty_and_single_sample_accumulators_report_NaN()
    {
        var accumulator = new MeanAccumulator();
        Assert.True(double.IsNaN(accumulator.Mean));

        accumulator.Add(3);

        Assert.Equal(3, accumulator.Mean);
        Assert.True(double.IsNaN(accumulator.StandardError));
    }
}
