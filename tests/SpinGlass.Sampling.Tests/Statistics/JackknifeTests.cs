using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Sampling.Tests.Statistics;

public sealed class JackknifeTests
{
    [Fact]
    public void Jackknife_of_the_identity_is_the_mean_and_its_standard_error()
    {
        double[] a = Gaussians(seed: 1, count: 50, sigma: 3);

        Estimate jackknife = Jackknife.Estimate(a, x => x);
        Estimate direct = MeanAccumulator.Of(a);

        Assert.Equal(direct.Mean, jackknife.Mean, 12);
        Assert.Equal(direct.Error, jackknife.Error, 12);
    }

    [Fact]
    public void Bias_corrected_jackknife_of_the_variance_is_the_unbiased_sample_variance()
    {
        double[] x = Gaussians(seed: 2, count: 40, sigma: 1.5);
        double[] x2 = x.Select(v => v * v).ToArray();

        Estimate result = Jackknife.Estimate(x, x2, (m1, m2) => m2 - m1 * m1);

        Assert.Equal(MeanAccumulator.Of(x).Error * MeanAccumulator.Of(x).Error * x.Length, result.Mean, 12);
    }

    [Fact]
    public void Jackknife_error_of_a_variance_matches_the_spread_over_repetitions()
    {
        const int bins = 64, repetitions = 1000;
        const double sigma = 2;
        var estimates = new MeanAccumulator();
        var squaredErrors = new MeanAccumulator();
        for (int r = 0; r < repetitions; r++)
        {
            double[] x = Gaussians(seed: 1000 + (ulong)r, bins, sigma);
            double[] x2 = x.Select(v => v * v).ToArray();
            Estimate result = Jackknife.Estimate(x, x2, (m1, m2) => m2 - m1 * m1);
            estimates.Add(result.Mean);
            squaredErrors.Add(result.Error * result.Error);
        }

        // Var(s²) = 2σ⁴/(K − 1) for Gaussian data.
        double exact = Math.Sqrt(2.0 / (bins - 1)) * sigma * sigma;
        Assert.InRange(Math.Abs(estimates.Mean - sigma * sigma), 0, 4 * estimates.StandardError);
        Assert.InRange(estimates.StandardDeviation / exact, 0.9, 1.1);
        Assert.InRange(Math.Sqrt(squaredErrors.Mean) / estimates.StandardDeviation, 0.9, 1.1);
    }

    [Fact]
    public void Jackknife_error_of_a_ratio_matches_the_delta_method()
    {
        const int k = 4000;
        var rng = new Xoshiro256StarStar(3);
        double[] a = new double[k], b = new double[k];
        for (int i = 0; i < k; i++)
        {
            double common = rng.NextGaussian();
            a[i] = 2 + 0.5 * common + 0.3 * rng.NextGaussian();
            b[i] = 5 + 0.8 * common + 0.4 * rng.NextGaussian();
        }

        Estimate result = Jackknife.Estimate(a, b, (x, y) => x / y);

        // σ²(ā/b̄) ≈ [Var a / μ_b² − 2 μ_a Cov(a, b) / μ_b³ + μ_a² Var b / μ_b⁴] / K from the sample moments.
        double ma = a.Average(), mb = b.Average();
        double va = a.Sum(v => (v - ma) * (v - ma)) / (k - 1), vb = b.Sum(v => (v - mb) * (v - mb)) / (k - 1);
        double cov = a.Zip(b, (u, v) => (u - ma) * (v - mb)).Sum() / (k - 1);
        double delta = Math.Sqrt((va / (mb * mb) - 2 * ma * cov / (mb * mb * mb) + ma * ma * vb / Math.Pow(mb, 4)) / k);
        Assert.Equal(ma / mb, result.Mean, 4);
        Assert.InRange(result.Error / delta, 0.98, 1.02);
        Assert.InRange(Math.Abs(result.Mean - 0.4), 0, 4 * result.Error);
    }

    [Fact]
    public void Binder_cumulant_of_gaussian_magnetisation_is_zero()
    {
        double[] m = Gaussians(seed: 4, count: 4096, sigma: 0.7);
        double[] m2 = m.Select(v => v * v).ToArray(), m4 = m2.Select(v => v * v).ToArray();

        Estimate u = Jackknife.Estimate(m2, m4, (q2, q4) => 1 - q4 / (3 * q2 * q2));

        Assert.InRange(Math.Abs(u.Mean), 0, 4 * u.Error);
        Assert.InRange(u.Error, 1e-3, 0.05);
    }

    [Fact]
    public void Fixed_arity_overloads_agree_with_the_general_one()
    {
        double[] a = Gaussians(5, 30, 1), b = Gaussians(6, 30, 1), c = Gaussians(7, 30, 1), d = Gaussians(8, 30, 1);
        static double F(double w, double x, double y, double z) => Math.Exp(w) * (1 + x * x) / (3 + y) + Math.Sin(z);

        Estimate general = Jackknife.Estimate([a, b, c, d], v => F(v[0], v[1], v[2], v[3]));

        AssertClose(general, Jackknife.Estimate(a, b, c, d, F));
        AssertClose(
            Jackknife.Estimate([a, b, c], v => F(v[0], v[1], v[2], 0)),
            Jackknife.Estimate(a, b, c, (w, x, y) => F(w, x, y, 0)));
        AssertClose(Jackknife.Estimate([a, b], v => F(v[0], v[1], 0, 0)), Jackknife.Estimate(a, b, (w, x) => F(w, x, 0, 0)));
        AssertClose(Jackknife.Estimate([a], v => F(v[0], 0, 0, 0)), Jackknife.Estimate(a, w => F(w, 0, 0, 0)));
    }

    [Fact]
    public void Misaligned_bins_are_rejected_and_too_few_bins_have_no_error()
    {
        Assert.Throws<ArgumentException>(() => Jackknife.Estimate([1.0, 2.0], [1.0], (x, y) => x + y));
        Assert.Throws<ArgumentException>(() => Jackknife.Estimate([new[] { 1.0 }, new[] { 1.0, 2.0 }], v => v[0]));

        Estimate single = Jackknife.Estimate([2.0], x => x * x);
        Assert.Equal(4, single.Mean);
        Assert.True(double.IsNaN(single.Error));
        Assert.True(double.IsNaN(Jackknife.Estimate([], x => x).Mean));
    }

    private static void AssertClose(Estimate expected, Estimate actual)
    {
        Assert.Equal(expected.Mean, actual.Mean, 12);
        Assert.Equal(expected.Error, actual.Error, 12);
    }

    private static double[] Gaussians(ulong seed, int count, double sigma)
    {
        var rng = new Xoshiro256StarStar(seed);
        double[] x = new double[count];
        for (int i = 0; i < count; i++)
        {
            x[i] = sigma * rng.NextGaussian();
        }

        return x;
    }
}
