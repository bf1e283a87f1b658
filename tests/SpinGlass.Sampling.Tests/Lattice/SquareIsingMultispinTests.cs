using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Lattice;

namespace SpinGlass.Sampling.Tests.Lattice;

public sealed class SquareIsingMultispinTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(130)]
    [InlineData(256)]
    [InlineData(1024)]
    public void Spins_round_trip_through_the_bit_planes(int l)
    {
        var rng = new Xoshiro256StarStar(5);
        var spins = RandomSpins(l * l, rng);
        var sampler = new SquareIsingMultispin(l, 0.4, rng);
        sampler.SetSpins(spins);
        var copy = new sbyte[l * l];
        sampler.CopySpinsTo(copy);
        Assert.Equal(spins, copy);
    }

    [Theory]
    [InlineData(2, 1.0, MultispinKernel.Words)]
    [InlineData(4, 1.0, MultispinKernel.Words)]
    [InlineData(10, -0.7, MultispinKernel.Words)]
    [InlineData(66, 1.0, MultispinKernel.Words)]
    [InlineData(128, 0.5, MultispinKernel.Words)]
    [InlineData(1024, 1.0, MultispinKernel.Automatic)]
    [InlineData(1024, -1.0, MultispinKernel.Automatic)]
    public void Bond_sum_and_magnetisation_match_a_recount_after_sweeps(int l, double j, MultispinKernel kernel)
    {
        var rng = new Xoshiro256StarStar(11);
        var model = new IsingLattice(LatticeKind.Square, l, j);
        var sampler = new SquareIsingMultispin(l, 0.44 / Math.Abs(j), rng, j, kernel);
        sampler.SetSpins(RandomSpins(model.N, rng));
        var spins = new sbyte[model.N];
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

    [BothVectorKernelsFact]
    public void The_two_vector_kernels_draw_the_same_chain()
    {
        var rng = new Xoshiro256StarStar(21);
        var start = RandomSpins(1024 * 1024, rng);
        var wide = new SquareIsingMultispin(1024, 0.44, rng.Clone(), kernel: MultispinKernel.Vector512);
        var narrow = new SquareIsingMultispin(1024, 0.44, rng, kernel: MultispinKernel.Vector256);
        wide.SetSpins(start);
        narrow.SetSpins(start);
        for (int sweep = 0; sweep < 10; sweep++)
        {
            Assert.Equal(wide.Sweep(), narrow.Sweep());
        }

        var a = new sbyte[start.Length];
        var b = new sbyte[start.Length];
        wide.CopySpinsTo(a);
        narrow.CopySpinsTo(b);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(6, MultispinKernel.Words)]
    [InlineData(1024, MultispinKernel.Automatic)]
    public void Infinite_beta_never_raises_the_energy_and_zero_beta_flips_every_spin(int l, MultispinKernel kernel)
    {
        var rng = new Xoshiro256StarStar(8);
        var start = RandomSpins(l * l, rng);
        var frozen = new SquareIsingMultispin(l, double.PositiveInfinity, rng, kernel: kernel);
        frozen.SetSpins(start);
        double energy = frozen.Energy;
        for (int sweep = 0; sweep < 20; sweep++)
        {
            frozen.Sweep();
            Assert.True(frozen.Energy <= energy);
            energy = frozen.Energy;
        }

        var hot = new SquareIsingMultispin(l, 0, rng, kernel: kernel);
        hot.SetSpins(start);
        long m = hot.Magnetisation;
        Assert.Equal(l * l, hot.Sweep());
        Assert.Equal(-m, hot.Magnetisation);
    }

    [Fact]
    public void Results_depend_only_on_the_seed()
    {
        var first = new SquareIsingMultispin(1024, 0.4, new Xoshiro256StarStar(3));
        var second = new SquareIsingMultispin(1024, 0.4, new Xoshiro256StarStar(3));
        for (int sweep = 0; sweep < 3; sweep++)
        {
            Assert.Equal(first.Sweep(), second.Sweep());
        }

        Assert.Equal(first.BondSum, second.BondSum);
    }

    [Fact]
    public void Odd_sides_and_impossible_kernels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SquareIsingMultispin(5, 0.4, new Xoshiro256StarStar(1)));
        Assert.Throws<ArgumentException>(() => new SquareIsingMultispin(64, 0.4, new Xoshiro256StarStar(1), kernel: MultispinKernel.Vector512));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SquareIsingMultispin(8, -1, new Xoshiro256StarStar(1)));
    }

    internal static sbyte[] RandomSpins(int n, Xoshiro256StarStar rng)
    {
        var spins = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            spins[i] = rng.NextSpin();
        }

        return spins;
    }
}
