using SpinGlass.Analysis.Exact;
using SpinGlass.Models;

namespace SpinGlass.Analysis.Tests.Exact;

public sealed class KaufmanIsingTests
{
    private static readonly double Tc = OnsagerIsing.CriticalTemperature();

    public static TheoryData<double> EnumerationTemperatures => new() { 1.0, 2.0, Tc, 3.0, 5.0, 0.5, 10.0 };

    [Theory]
    [MemberData(nameof(EnumerationTemperatures))]
    public void Kaufman_matches_exact_enumeration_on_4x4(double t)
    {
        var exact = ExactEnumeration.Compute(new IsingLattice(LatticeKind.Square, 4), 1 / t);
        var kaufman = new KaufmanIsing(4);
        Assert.Equal(exact.LogPartitionFunction, kaufman.LogPartitionFunction(1 / t), 1e-9);
        Assert.Equal(exact.EnergyPerSpin, kaufman.EnergyPerSpin(1 / t), 1e-9);
        Assert.Equal(exact.SpecificHeatPerSpin, kaufman.SpecificHeatPerSpin(1 / t), 1e-9);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(2, 5)]
    [InlineData(5, 2)]
    [InlineData(3, 4)]
    [InlineData(3, 5)]
    public void Kaufman_matches_exact_enumeration_on_small_rectangular_tori(int rows, int columns)
    {
        var energies = ExactEnumeration.Energies(FunctionModel.Torus(rows, columns, 0.7));
        var kaufman = new KaufmanIsing(rows, columns, 0.7);
        foreach (double t in new[] { 0.8, 1.5, Tc * 0.7, 2.5, 6.0 })
        {
            var exact = ExactEnumeration.Compute(energies, 1 / t);
            Assert.Equal(exact.LogPartitionFunction, kaufman.LogPartitionFunction(1 / t), 1e-9);
            Assert.Equal(exact.EnergyPerSpin, kaufman.EnergyPerSpin(1 / t), 1e-9);
            Assert.Equal(exact.SpecificHeatPerSpin, kaufman.SpecificHeatPerSpin(1 / t), 1e-9);
        }
    }

    [Theory]
    [InlineData(4, -1.5656238)]
    [InlineData(8, -1.4915891)]
    public void Kaufman_reproduces_the_reference_energies_at_the_critical_temperature(int l, double expected)
    {
        Assert.Equal(expected, new KaufmanIsing(l).EnergyPerSpin(1 / Tc), 1e-7);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(3.0)]
    public void Kaufman_on_128x128_approaches_Onsager(double t)
    {
        var kaufman = new KaufmanIsing(128);
        Assert.Equal(OnsagerIsing.EnergyPerSpin(1 / t), kaufman.EnergyPerSpin(1 / t), 1e-3);
        Assert.Equal(OnsagerIsing.SpecificHeatPerSpin(1 / t), kaufman.SpecificHeatPerSpin(1 / t), 1e-3);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    public void Kaufman_derivatives_agree_with_finite_differences_of_log_Z(int l)
    {
        var kaufman = new KaufmanIsing(l);
        foreach (double beta in new[] { 1 / Tc, 0.3, 0.6 })
        {
            double h = 2e-4;
            double F(double b) => kaufman.LogPartitionFunction(b) / kaufman.N;
            double D1(double s) => (F(beta + s) - F(beta - s)) / (2 * s);
            double D2(double s) => (F(beta + s) - 2 * F(beta) + F(beta - s)) / (s * s);
            Assert.Equal(-(4 * D1(h / 2) - D1(h)) / 3, kaufman.EnergyPerSpin(beta), 1e-8);
            Assert.Equal(beta * beta * (4 * D2(h / 2) - D2(h)) / 3, kaufman.SpecificHeatPerSpin(beta), 1e-5);
        }
    }

    [Fact]
    public void Kaufman_is_finite_for_sizes_2_to_128_and_temperatures_half_to_ten()
    {
        foreach (int l in new[] { 2, 3, 5, 8, 16, 31, 32, 64, 100, 128 })
        {
            var kaufman = new KaufmanIsing(l);
            for (double t = 0.5; t <= 10.0001; t += 0.125)
            {
                double e = kaufman.EnergyPerSpin(1 / t), c = kaufman.SpecificHeatPerSpin(1 / t);
                Assert.True(double.IsFinite(kaufman.LogPartitionFunction(1 / t)), $"ln Z at L={l}, T={t}");
                Assert.True(e is >= -2 and <= 0, $"E/N = {e} at L={l}, T={t}");
                Assert.True(c is >= 0 and < 10, $"C/N = {c} at L={l}, T={t}");
            }
        }
    }

    [Fact]
    public void Rows_and_columns_can_be_swapped()
    {
        Assert.Equal(new KaufmanIsing(3, 7).LogPartitionFunction(0.4), new KaufmanIsing(7, 3).LogPartitionFunction(0.4), 1e-10);
        Assert.Equal(new KaufmanIsing(3, 7).SpecificHeatPerSpin(0.45), new KaufmanIsing(7, 3).SpecificHeatPerSpin(0.45), 1e-10);
    }

    [Fact]
    public void Zero_and_infinite_beta_give_the_limits_without_NaN()
    {
        var kaufman = new KaufmanIsing(8);
        Assert.Equal(64 * Math.Log(2), kaufman.LogPartitionFunction(0), 12);
        Assert.Equal(0.0, kaufman.EnergyPerSpin(0));
        Assert.Equal(0.0, kaufman.SpecificHeatPerSpin(0));
        Assert.Equal(double.PositiveInfinity, kaufman.LogPartitionFunction(double.PositiveInfinity));
        Assert.Equal(-2.0, kaufman.EnergyPerSpin(double.PositiveInfinity));
        Assert.Equal(0.0, kaufman.SpecificHeatPerSpin(double.PositiveInfinity));
        Assert.Equal(-2.0, kaufman.EnergyPerSpin(50), 12);
        Assert.Equal(0.0, kaufman.EnergyPerSpin(1e-9), 7);
        Assert.Equal(0.0, kaufman.SpecificHeatPerSpin(1e-9), 7);
    }

    [Theory]
    [InlineData(2, 4.0)]
    [InlineData(3, 2.0)]
    [InlineData(64, 2.0)]
    public void Very_high_temperature_gives_the_leading_bond_correlations_without_overflow(int l, double bondsPerSite)
    {
        // ⟨E⟩/N = −J w K + O(K²) and C/N = w K² + O(K³), w = bonds per site with a doubled bond counted twice
        // (side 2 doubles every bond); the O(K²) term is the winding loops of length 3 at L = 3.
        var kaufman = new KaufmanIsing(l);
        foreach (double beta in new[] { 1e-60, 1e-50 * (1 - 1e-12), 1e-50, 1e-40, 1e-20, 1e-10, 1e-6 })
        {
            Assert.Equal(-bondsPerSite * beta, kaufman.EnergyPerSpin(beta), 3 * beta * beta + 1e-15);
            Assert.Equal(bondsPerSite * beta * beta, kaufman.SpecificHeatPerSpin(beta), 1e-5 * beta * beta + 1e-15);
        }
    }
}
