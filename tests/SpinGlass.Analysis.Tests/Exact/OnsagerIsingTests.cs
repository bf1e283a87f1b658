using SpinGlass.Analysis.Exact;

namespace SpinGlass.Analysis.Tests.Exact;

public sealed class OnsagerIsingTests
{
    private static readonly double Tc = OnsagerIsing.CriticalTemperature();

    [Fact]
    public void Critical_temperature_is_two_over_ln_one_plus_root_two()
    {
        Assert.Equal(2.269185314, Tc, 9);
        Assert.Equal(1.0, Math.Sinh(2 / Tc), 15);
        Assert.Equal(2 * 2.269185314, OnsagerIsing.CriticalTemperature(2), 8);
    }

    [Fact]
    public void Energy_at_critical_temperature_is_minus_root_two()
    {
        Assert.Equal(-Math.Sqrt(2), OnsagerIsing.EnergyPerSpin(1 / Tc), 12);
        Assert.Equal(-Math.Sqrt(2), OnsagerIsing.EnergyPerSpin(OnsagerIsing.CriticalCoupling), 12);
    }

    [Fact]
    public void Energy_is_continuous_through_the_critical_point()
    {
        double below = OnsagerIsing.EnergyPerSpin(1 / (Tc - 1e-9)), above = OnsagerIsing.EnergyPerSpin(1 / (Tc + 1e-9));
        Assert.Equal(-Math.Sqrt(2), below, 6);
        Assert.Equal(-Math.Sqrt(2), above, 6);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(2.0)]
    [InlineData(2.2)]
    [InlineData(2.4)]
    [InlineData(3.0)]
    [InlineData(5.0)]
    [InlineData(10.0)]
    public void Specific_heat_is_the_temperature_derivative_of_the_energy(double t)
    {
        // C = dU/dT = −K² du/dK, by a Richardson-extrapolated central difference of u(K).
        double k = 1 / t, h = 1e-3 * k;
        double D(double step) => (OnsagerIsing.EnergyPerSpin(k + step) - OnsagerIsing.EnergyPerSpin(k - step)) / (2 * step);
        double derivative = (4 * D(h / 2) - D(h)) / 3;
        Assert.Equal(-k * k * derivative, OnsagerIsing.SpecificHeatPerSpin(k), 7);
    }

    [Fact]
    public void Specific_heat_diverges_at_the_critical_point()
    {
        Assert.Equal(double.PositiveInfinity, OnsagerIsing.SpecificHeatPerSpin(1 / Tc));
        Assert.True(OnsagerIsing.SpecificHeatPerSpin(1 / (Tc * (1 + 1e-6))) > 5);
    }

    [Fact]
    public void Magnetisation_follows_Yang_below_and_vanishes_above_the_critical_point()
    {
        Assert.Equal(0.0, OnsagerIsing.SpontaneousMagnetisation(1 / Tc));
        Assert.Equal(0.0, OnsagerIsing.SpontaneousMagnetisation(1 / 3.0));
        double m = OnsagerIsing.SpontaneousMagnetisation(0.5);
        Assert.Equal(Math.Pow(1 - Math.Pow(Math.Sinh(1.0), -4), 0.125), m, 15);
        Assert.True(OnsagerIsing.SpontaneousMagnetisation(1 / (Tc * (1 - 1e-6))) is > 0 and < 0.3);
    }

    [Fact]
    public void Zero_and_infinite_beta_give_the_limits_without_NaN()
    {
        Assert.Equal(-2.0, OnsagerIsing.EnergyPerSpin(double.PositiveInfinity));
        Assert.Equal(1.0, OnsagerIsing.SpontaneousMagnetisation(double.PositiveInfinity));
        Assert.Equal(0.0, OnsagerIsing.SpecificHeatPerSpin(double.PositiveInfinity));
        Assert.Equal(0.0, OnsagerIsing.EnergyPerSpin(0));
        Assert.Equal(0.0, OnsagerIsing.SpecificHeatPerSpin(0));
        Assert.Equal(0.0, OnsagerIsing.SpontaneousMagnetisation(0));
        Assert.Equal(-2.0, OnsagerIsing.EnergyPerSpin(40), 15);
        Assert.Equal(-0.002, OnsagerIsing.EnergyPerSpin(1e-3), 5);
    }

    [Fact]
    public void High_temperature_energy_is_accurate_on_both_sides_of_the_series_switch()
    {
        // u = −2 tanh K − 4 tanh³K + O(K⁵) at high temperature.
        Assert.Equal(-2e-8, OnsagerIsing.EnergyPerSpin(1e-8), 1e-22);
        Assert.Equal(OnsagerIsing.EnergyPerSpin(2e-3 * (1 - 1e-12)), OnsagerIsing.EnergyPerSpin(2e-3), 1e-13);
        double k = 0.01, t = Math.Tanh(k);
        Assert.Equal(-(2 * t + (4 * t * t * t + 12 * Math.Pow(t, 5)) * (1 - t * t)), OnsagerIsing.EnergyPerSpin(k), 1e-12);
    }

    [Fact]
    public void Coupling_scales_energy_and_temperature()
    {
        Assert.Equal(2 * OnsagerIsing.EnergyPerSpin(0.6), OnsagerIsing.EnergyPerSpin(0.3, 2), 13);
        Assert.Equal(OnsagerIsing.SpecificHeatPerSpin(0.6), OnsagerIsing.SpecificHeatPerSpin(0.3, 2), 13);
        Assert.Throws<ArgumentOutOfRangeException>(() => OnsagerIsing.EnergyPerSpin(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OnsagerIsing.EnergyPerSpin(1, -1));
    }
}
