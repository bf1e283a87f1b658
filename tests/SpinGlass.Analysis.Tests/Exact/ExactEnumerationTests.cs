using SpinGlass.Analysis.Exact;
using SpinGlass.Models;

namespace SpinGlass.Analysis.Tests.Exact;

public sealed class ExactEnumerationTests
{
    // Two spins, E = −J s₀s₁ − h(s₀ + s₁): Z = e^{βJ}·2cosh(2βh) + 2e^{−βJ}.
    private static FunctionModel Pair(double j, double h) => new(2, s => -j * s[0] * s[1] - h * (s[0] + s[1]));

    [Fact]
    public void Pair_probabilities_match_the_hand_computed_Boltzmann_weights()
    {
        double j = 0.8, h = 0.3, beta = 0.7;
        var result = ExactEnumeration.Compute(Pair(j, h), beta);
        double up = Math.Exp(beta * (j + 2 * h)), down = Math.Exp(beta * (j - 2 * h)), mixed = Math.Exp(-beta * j);
        double z = up + down + 2 * mixed;
        Assert.Equal(Math.Log(z), result.LogPartitionFunction, 14);
        Assert.Equal(down / z, result.Probabilities[0b00], 14); // s = (−1, −1)
        Assert.Equal(mixed / z, result.Probabilities[0b01], 14); // s = (+1, −1)
        Assert.Equal(mixed / z, result.Probabilities[0b10], 14); // s = (−1, +1)
        Assert.Equal(up / z, result.Probabilities[0b11], 14); // s = (+1, +1)

        double aligned = (up + down) / z, meanE = (-(j + 2 * h) * up - (j - 2 * h) * down + 2 * j * mixed) / z;
        double meanE2 = ((j + 2 * h) * (j + 2 * h) * up + (j - 2 * h) * (j - 2 * h) * down + 2 * j * j * mixed) / z;
        Assert.Equal(meanE / 2, result.EnergyPerSpin, 14);
        Assert.Equal(beta * beta * (meanE2 - meanE * meanE) / 2, result.SpecificHeatPerSpin, 14);
        Assert.Equal(aligned, result.MeanAbsMagnetisation, 14);
        Assert.Equal(aligned, result.MeanMagnetisationSquared, 14);
        Assert.Equal(aligned, result.MeanMagnetisationFourth, 14);
        Assert.Equal(beta * 2 * (aligned - aligned * aligned), result.Susceptibility, 14);
        Assert.Equal(1 - 1 / (3 * aligned), result.BinderCumulant, 14);
    }

    [Fact]
    public void Gray_code_energies_equal_energies_computed_from_scratch()
    {
        var model = new IsingLattice(LatticeKind.Square, 4, 1.0, 0.25);
        double[] energies = ExactEnumeration.Energies(model);
        for (int c = 0; c < energies.Length; c++)
        {
            Assert.Equal(model.Energy(ConfigurationIndex.ToSpins(c, model.N)), energies[c]);
        }
    }

    [Fact]
    public void Zero_beta_is_uniform_and_infinite_beta_is_uniform_over_ground_states()
    {
        var model = new IsingLattice(LatticeKind.Square, 4);
        var hot = ExactEnumeration.Compute(model, 0);
        Assert.All(hot.Probabilities, p => Assert.Equal(1.0 / 65536, p, 1e-18));
        Assert.Equal(16 * Math.Log(2), hot.LogPartitionFunction, 12);
        Assert.Equal(0.0, hot.SpecificHeatPerSpin);
        Assert.Equal(0.0, hot.Susceptibility);

        var cold = ExactEnumeration.Compute(model, double.PositiveInfinity);
        Assert.Equal(0.5, cold.Probabilities[0]);
        Assert.Equal(0.5, cold.Probabilities[65535]);
        Assert.Equal(1.0, cold.Probabilities.Sum(), 15);
        Assert.Equal(-2.0, cold.EnergyPerSpin);
        Assert.Equal(-32.0, cold.GroundStateEnergy);
        Assert.Equal(double.PositiveInfinity, cold.LogPartitionFunction);
        Assert.Equal(0.0, cold.SpecificHeatPerSpin);
        Assert.Equal(0.0, cold.Susceptibility);
        Assert.Equal(1.0, cold.MeanAbsMagnetisation);
        Assert.Equal(2.0 / 3.0, cold.BinderCumulant, 15);
    }

    [Fact]
    public void Twenty_spins_are_enumerated_and_twenty_one_are_rejected()
    {
        var result = ExactEnumeration.Compute(new IsingLattice(LatticeKind.Chain, 20), 0.5);
        Assert.Equal(1 << 20, result.Probabilities.Length);
        Assert.Equal(new IsingRing(20).EnergyPerSpin(0.5), result.EnergyPerSpin, 12);
        Assert.Throws<ArgumentException>(() => ExactEnumeration.Compute(new IsingLattice(LatticeKind.Chain, 21), 0.5));
    }

    [Fact]
    public void Configuration_index_round_trips_through_spins()
    {
        sbyte[] spins = [1, -1, -1, 1, 1];
        int index = ConfigurationIndex.FromSpins(spins);
        Assert.Equal(0b11001, index);
        Assert.Equal(spins, ConfigurationIndex.ToSpins(index, spins.Length));
    }

    [Fact]
    public void Binder_cumulant_is_two_over_3N_for_free_spins_and_approaches_two_thirds_when_ordered()
    {
        // Independent spins: ⟨m²⟩ = 1/N, ⟨m⁴⟩ = (3N² − 2N)/N⁴, so U = 2/(3N).
        var model = new IsingLattice(LatticeKind.Square, 4);
        Assert.Equal(2.0 / 48, ExactEnumeration.Compute(model, 0).BinderCumulant, 14);
        Assert.Equal(2.0 / 3.0, ExactEnumeration.Compute(model, 2.0).BinderCumulant, 6);
    }

    [Fact]
    public void Magnetisation_of_an_index_counts_up_spins()
    {
        Assert.Equal(-1.0, ConfigurationIndex.Magnetisation(0, 5));
        Assert.Equal(1.0, ConfigurationIndex.Magnetisation(31, 5));
        Assert.Equal(0.2, ConfigurationIndex.Magnetisation(0b10101, 5), 15);
    }
}
