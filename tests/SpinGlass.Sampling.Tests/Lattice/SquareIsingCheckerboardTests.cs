using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Lattice;

namespace SpinGlass.Sampling.Tests.Lattice;

public sealed class SquareIsingCheckerboardTests
{
    [Avx2Theory]
    [InlineData(2, UpdateRule.Metropolis, 1.0, 0.3)]
    [InlineData(4, UpdateRule.Glauber, 1.0, -0.2)]
    [InlineData(10, UpdateRule.Metropolis, -0.7, 0.1)]
    [InlineData(34, UpdateRule.Glauber, 0.5, 0.0)]
    [InlineData(64, UpdateRule.Metropolis, 1.0, 0.05)]
    public void Bond_sum_magnetisation_and_energy_match_a_recount_after_sweeps(int l, UpdateRule rule, double j, double h)
    {
        var rng = new Xoshiro256StarStar(13);
        var model = new IsingLattice(LatticeKind.Square, l, j, h);
        var sampler = new SquareIsingCheckerboard(l, 0.44, rng, rule, j, h);
        var start = SquareIsingMultispinTests.RandomSpins(model.N, rng);
        sampler.SetSpins(start);
        var spins = new sbyte[model.N];
        sampler.CopySpinsTo(spins);
        Assert.Equal(start, spins);
        for (int sweep = 0; sweep < 5; sweep++)
        {
            sampler.Sweep();
            sampler.CopySpinsTo(spins);
            var state = (IsingLatticeState)model.CreateState(spins);
            Assert.Equal(state.BondSum, sampler.BondSum);
            Assert.Equal(state.Magnetisation, sampler.Magnetisation);
            Assert.Equal(state.Energy, sampler.Energy, 9);
        }
    }

    [Avx2Fact]
    public void Infinite_beta_metropolis_never_raises_the_energy()
    {
        var rng = new Xoshiro256StarStar(4);
        var sampler = new SquareIsingCheckerboard(20, double.PositiveInfinity, rng, h: 0.3);
        sampler.SetSpins(SquareIsingMultispinTests.RandomSpins(400, rng));
        double energy = sampler.Energy;
        for (int sweep = 0; sweep < 20; sweep++)
        {
            sampler.Sweep();
            Assert.True(sampler.Energy <= energy);
            energy = sampler.Energy;
        }
    }

    [Avx2Fact]
    public void Zero_beta_metropolis_flips_every_spin()
    {
        var sampler = new SquareIsingCheckerboard(6, 0, new Xoshiro256StarStar(2), h: 0.5);
        Assert.Equal(36, sampler.Sweep());
        Assert.Equal(-36, sampler.Magnetisation);
    }
}
