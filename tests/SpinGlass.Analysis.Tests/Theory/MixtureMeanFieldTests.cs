using MathNet.Numerics;
using SpinGlass.Analysis.Theory;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Theory;

public sealed class MixtureMeanFieldTests(ITestOutputHelper output)
{
    // ⟨ξ¹ g(z)⟩ over the 2ⁿ patterns, reduced to the binomial law of z = n − 2k, with E[ξ¹ | z] = z/n.
    private static double FirstTimes(int n, Func<int, double> g)
    {
        double sum = 0;
        for (int k = 0; k <= n; k++)
        {
            int z = n - (2 * k);
            sum += SpecialFunctions.Binomial(n, k) * z / n * g(z);
        }

        return sum / Math.Pow(2, n);
    }

    [Fact]
    public void Zero_temperature_overlaps_equal_the_binomial_formulas()
    {
        for (int n = 1; n <= MixtureMeanField.MaxOrder; n++)
        {
            double closed = n % 2 == 1
                ? Math.Pow(2, 1 - n) * SpecialFunctions.Binomial(n - 1, (n - 1) / 2)
                : Math.Pow(2, -n) * SpecialFunctions.Binomial(n, n / 2);
            Assert.Equal(closed, MixtureMeanField.ZeroTemperatureOverlap(n), 1e-15);
        }

        output.WriteLine($"m_1 = {MixtureMeanField.ZeroTemperatureOverlap(1):R}, m_3 = {MixtureMeanField.ZeroTemperatureOverlap(3):R}, m_5 = {MixtureMeanField.ZeroTemperatureOverlap(5):R}");
        Assert.Equal(1, MixtureMeanField.ZeroTemperatureOverlap(1));
        Assert.Equal(0.5, MixtureMeanField.ZeroTemperatureOverlap(3));
        Assert.Equal(0.375, MixtureMeanField.ZeroTemperatureOverlap(5));
    }

    [Theory]
    [InlineData(1, -0.5)]
    [InlineData(3, -0.375)]
    [InlineData(5, -0.3515625)]
    public void Zero_temperature_energy_is_minus_n_over_two_times_m_squared(int n, double expected)
    {
        double m = MixtureMeanField.ZeroTemperatureOverlap(n);
        output.WriteLine($"n = {n}: E = {MixtureMeanField.Energy(n, 0):R}, f = {MixtureMeanField.FreeEnergy(n, 0):R}");
        Assert.Equal(m, MixtureMeanField.Overlap(n, 0));
        Assert.Equal(-0.5 * n * m * m, MixtureMeanField.Energy(n, 0), 1e-15);
        Assert.Equal(expected, MixtureMeanField.Energy(n, 0), 1e-15);
        Assert.Equal(expected, MixtureMeanField.FreeEnergy(n, 0), 1e-15);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    public void Overlap_solves_the_mean_field_equation(int n)
    {
        foreach (double t in new[] { 0.05, 0.2, 0.4, 0.46, 0.6, 0.8, 0.95, 0.999 })
        {
            double m = MixtureMeanField.Overlap(n, t);
            Assert.True(m > 0);
            Assert.Equal(m, FirstTimes(n, z => Math.Tanh(m * z / t)), 1e-13);
        }
    }

    [Fact]
    public void Pure_state_overlap_solves_the_Curie_Weiss_equation()
    {
        foreach (double t in new[] { 0.1, 0.5, 0.9 })
        {
            double m = MixtureMeanField.Overlap(1, t);
            Assert.Equal(Math.Tanh(m / t), m, 1e-14);
            Assert.Equal(-0.5 * m * m, MixtureMeanField.Energy(1, t), 1e-15);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Overlap_falls_from_its_zero_temperature_value_to_zero_at_T_equal_1(int n)
    {
        double previous = MixtureMeanField.ZeroTemperatureOverlap(n);
        Assert.Equal(previous, MixtureMeanField.Overlap(n, 0.01), 1e-12);
        for (double t = 0.02; t < 1; t += 0.02)
        {
            double m = MixtureMeanField.Overlap(n, t);
            Assert.True(m > 0 && m <= previous, $"T = {t}: m = {m}");
            previous = m;
        }

        Assert.True(MixtureMeanField.Overlap(n, 0.9999) > 0);
        Assert.Equal(0, MixtureMeanField.Overlap(n, 1));
        Assert.Equal(0, MixtureMeanField.Overlap(n, 1.5));
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(3, 0.3)]
    [InlineData(3, 0.7)]
    [InlineData(4, 0.5)]
    public void Energy_is_the_beta_derivative_of_beta_f(int n, double temperature)
    {
        double beta = 1 / temperature, h = 1e-4;
        double BetaF(double b) => b * MixtureMeanField.FreeEnergy(n, 1 / b);
        double derivative = (BetaF(beta + h) - BetaF(beta - h)) / (2 * h);
        Assert.Equal(MixtureMeanField.Energy(n, temperature), derivative, 1e-7);
    }

    [Fact]
    public void Free_energy_from_T_equal_1_on_is_the_paramagnet()
    {
        foreach (double t in new[] { 1.0, 1.5, 3.0 })
        {
            Assert.Equal(-t * Math.Log(2), MixtureMeanField.FreeEnergy(3, t), 1e-15);
            Assert.Equal(0, MixtureMeanField.Energy(3, t));
        }
    }

    [Fact]
    public void Arguments_outside_the_domain_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MixtureMeanField.Overlap(0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => MixtureMeanField.Overlap(MixtureMeanField.MaxOrder + 1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => MixtureMeanField.Overlap(3, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MixtureMeanField.FreeEnergy(3, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => MixtureMeanField.HessianEigenvalues(3, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => MixtureMeanField.ZeroTemperatureOverlap(-1));
    }
}
