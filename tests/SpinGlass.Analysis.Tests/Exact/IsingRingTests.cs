using SpinGlass.Analysis.Exact;
using SpinGlass.Models;

namespace SpinGlass.Analysis.Tests.Exact;

public sealed class IsingRingTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(2, 1.0)]
    [InlineData(6, 1.0)]
    [InlineData(7, 1.0)]
    [InlineData(7, -1.0)]
    [InlineData(10, -0.5)]
    [InlineData(1000, 1.0)]
    public void Zero_field_ring_matches_the_closed_form_partition_function(int n, double j)
    {
        var ring = new IsingRing(n, j);
        foreach (double beta in new[] { 0.05, 0.3, 1.0, 2.5 })
        {
            double k = beta * j;
            double closedForm = n * Math.Log(2 * Math.Cosh(k)) + Math.Log(1 + Math.Pow(Math.Tanh(k), n));
            Assert.Equal(closedForm, ring.LogPartitionFunction(beta), 1e-10 * n);
        }
    }

    [Theory]
    [InlineData(6, 1.0, 0.0)]
    [InlineData(7, 1.0, 0.3)]
    [InlineData(8, -0.8, 0.0)]
    [InlineData(9, -1.0, 0.0)]
    [InlineData(9, -1.0, 0.5)]
    [InlineData(10, 0.6, -0.4)]
    [InlineData(3, 1.0, 0.2)]
    [InlineData(2, 1.0, 0.2)]
    public void Ring_matches_exact_enumeration_with_and_without_field(int n, double j, double h)
    {
        var energies = ExactEnumeration.Energies(new IsingLattice(LatticeKind.Chain, n, j, h));
        var ring = new IsingRing(n, j, h);
        foreach (double beta in new[] { 0.0, 0.1, 0.5, 1.0, 3.0, 10.0 })
        {
            var exact = ExactEnumeration.Compute(energies, beta);
            Assert.Equal(exact.LogPartitionFunction, ring.LogPartitionFunction(beta), 1e-9);
            Assert.Equal(exact.EnergyPerSpin, ring.EnergyPerSpin(beta), 1e-9);
            Assert.Equal(exact.SpecificHeatPerSpin, ring.SpecificHeatPerSpin(beta), 1e-9);
        }
    }

    [Fact]
    public void Single_spin_ring_is_bonded_to_itself()
    {
        // E(s) = −J − h s: Z = 2 e^{βJ} cosh βh.
        var energies = ExactEnumeration.Energies(new FunctionModel(1, s => -1.0 - 0.7 * s[0]));
        var ring = new IsingRing(1, 1.0, 0.7);
        foreach (double beta in new[] { 0.0, 0.4, 3.0 })
        {
            var exact = ExactEnumeration.Compute(energies, beta);
            Assert.Equal(Math.Log(2 * Math.Exp(beta) * Math.Cosh(0.7 * beta)), ring.LogPartitionFunction(beta), 1e-12);
            Assert.Equal(exact.EnergyPerSpin, ring.EnergyPerSpin(beta), 1e-12);
            Assert.Equal(exact.SpecificHeatPerSpin, ring.SpecificHeatPerSpin(beta), 1e-12);
        }
    }

    [Theory]
    [InlineData(6, 1.0, 0.0)]
    [InlineData(9, -1.0, 0.0)]
    [InlineData(9, -1.0, 0.5)]
    [InlineData(8, 1.0, -0.3)]
    [InlineData(5, 0.0, 0.0)]
    public void Infinite_beta_gives_the_enumerated_ground_state(int n, double j, double h)
    {
        var exact = ExactEnumeration.Compute(new IsingLattice(LatticeKind.Chain, n, j, h), double.PositiveInfinity);
        var ring = new IsingRing(n, j, h);
        Assert.Equal(exact.EnergyPerSpin, ring.EnergyPerSpin(double.PositiveInfinity), 1e-12);
        Assert.Equal(exact.LogPartitionFunction, ring.LogPartitionFunction(double.PositiveInfinity));
        Assert.Equal(0.0, ring.SpecificHeatPerSpin(double.PositiveInfinity));
        Assert.Equal(exact.EnergyPerSpin, ring.EnergyPerSpin(200), 1e-9);
    }

    [Fact]
    public void Zero_beta_gives_the_uniform_limits()
    {
        var ring = new IsingRing(8, 1.3, 0.4);
        Assert.Equal(8 * Math.Log(2), ring.LogPartitionFunction(0), 14);
        Assert.Equal(0.0, ring.EnergyPerSpin(0), 15);
        Assert.Equal(0.0, ring.SpecificHeatPerSpin(0));
    }

    [Fact]
    public void Long_ring_at_low_temperature_stays_finite_and_approaches_the_thermodynamic_limit()
    {
        var ring = new IsingRing(100_000, 1.0, 0.1);
        foreach (double beta in new[] { 0.01, 1.0, 50.0, 1e3, 1e10 })
        {
            Assert.True(double.IsFinite(ring.LogPartitionFunction(beta)));
            Assert.True(double.IsFinite(ring.EnergyPerSpin(beta)));
            Assert.True(ring.SpecificHeatPerSpin(beta) >= 0);
        }

        // Zero field, N → ∞: u = −J tanh K, C = K² sech² K.
        var open = new IsingRing(100_000);
        Assert.Equal(-Math.Tanh(0.7), open.EnergyPerSpin(0.7), 12);
        Assert.Equal(0.49 / (Math.Cosh(0.7) * Math.Cosh(0.7)), open.SpecificHeatPerSpin(0.7), 10);
    }
}
