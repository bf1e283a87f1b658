using MathNet.Numerics;
using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class MixtureStabilityTests(ITestOutputHelper output)
{
    // ⟨g(z)⟩ and ⟨ξ¹ξ² g(z)⟩ over the 2ⁿ patterns from the binomial law of z, with E[ξ¹ξ² | z] = (z² − n)/(n(n − 1)).
    private static (double Mean, double Pair) Averages(int n, Func<int, double> g)
    {
        double mean = 0, pair = 0;
        for (int k = 0; k <= n; k++)
        {
            int z = n - (2 * k);
            double w = SpecialFunctions.Binomial(n, k) / Math.Pow(2, n) * g(z);
            mean += w;
            pair += n > 1 ? w * ((z * z) - n) / (n * (n - 1.0)) : 0;
        }

        return (mean, pair);
    }

    [Theory]
    [InlineData(3, 0.46)]
    [InlineData(5, 0.385)]
    public void Odd_mixtures_lose_stability_at_the_AGS_temperature(int n, double reference)
    {
        double tn = MixtureMeanField.StabilityTemperature(n);
        output.WriteLine($"T_{n} = {tn:R} (AGS {reference})");
        Assert.Equal(reference, tn, 5e-3);
        Assert.Equal(0, MixtureMeanField.HessianEigenvalues(n, tn)[0], 1e-10);
        Assert.True(MixtureMeanField.HessianEigenvalues(n, tn - 0.01)[0] > 0);
        Assert.True(MixtureMeanField.HessianEigenvalues(n, tn + 0.01)[0] < 0);
    }

    [Fact]
    public void Stability_temperatures_fall_with_the_order_of_the_mixture()
    {
        double t1 = MixtureMeanField.StabilityTemperature(1), t3 = MixtureMeanField.StabilityTemperature(3);
        double t5 = MixtureMeanField.StabilityTemperature(5), t7 = MixtureMeanField.StabilityTemperature(7);
        output.WriteLine($"T_1 = {t1:R}, T_3 = {t3:R}, T_5 = {t5:R}, T_7 = {t7:R}");
        Assert.Equal(1, t1);
        Assert.True(t1 > t3 && t3 > t5 && t5 > t7 && t7 > 0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public void Even_mixtures_are_unstable_at_every_temperature(int n)
    {
        Assert.True(double.IsNaN(MixtureMeanField.StabilityTemperature(n)));
        Assert.Equal(double.NegativeInfinity, MixtureMeanField.HessianEigenvalues(n, 0)[0]);
        for (double t = 0.01; t < 1; t += 0.01)
        {
            Assert.True(MixtureMeanField.HessianEigenvalues(n, t)[0] < 0, $"T = {t}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void Odd_mixtures_have_unit_curvature_at_zero_temperature(int n)
    {
        Assert.All(MixtureMeanField.HessianEigenvalues(n, 0), lambda => Assert.Equal(1, lambda));
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 0.3)]
    [InlineData(3, 0.2)]
    [InlineData(3, 0.46)]
    [InlineData(3, 0.8)]
    [InlineData(4, 0.6)]
    [InlineData(5, 0.385)]
    [InlineData(7, 0.3)]
    public void Hessian_eigenvalues_take_the_AGS_closed_forms(int n, double temperature)
    {
        double beta = 1 / temperature, m = MixtureMeanField.Overlap(n, temperature);
        var (q, pairQ) = Averages(n, z => Math.Pow(Math.Tanh(beta * m * z), 2));
        double diagonal = 1 - (beta * (1 - q));
        var expected = new List<double> { diagonal + ((n - 1) * beta * pairQ), diagonal };
        expected.AddRange(Enumerable.Repeat(diagonal - (beta * pairQ), n - 1));
        expected.Sort();

        double[] actual = MixtureMeanField.HessianEigenvalues(n, temperature);
        output.WriteLine($"n = {n}, T = {temperature}: [{string.Join(", ", actual)}]");
        Assert.Equal(n + 1, actual.Length);
        for (int i = 0; i <= n; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-12);
        }
    }

    [Fact]
    public void Above_T_equal_1_every_eigenvalue_is_one_minus_beta()
    {
        Assert.All(MixtureMeanField.HessianEigenvalues(3, 2), lambda => Assert.Equal(0.5, lambda, 1e-15));
    }
}
