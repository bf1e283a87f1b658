using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Clusters;

namespace SpinGlass.Sampling.Tests.Clusters;

public sealed class WolffClusterTests
{
    [Theory]
    [InlineData(0.0, 1.0, 0.0)]
    [InlineData(0.3, 1.0, 0.45118836390597356)]
    [InlineData(0.3, -1.0, 0.45118836390597356)]
    [InlineData(double.PositiveInfinity, 1.0, 1.0)]
    [InlineData(double.PositiveInfinity, -0.5, 1.0)]
    [InlineData(double.PositiveInfinity, 0.0, 0.0)]
    [InlineData(1.0, 0.0, 0.0)]
    public void Bond_probability_is_one_minus_exp_minus_two_beta_abs_J_without_NaN(double beta, double j, double expected)
    {
        double p = WolffCluster.Probability(beta, j);
        Assert.False(double.IsNaN(p));
        Assert.Equal(expected, p, 14);
    }

    [Fact]
    public void A_field_is_refused_with_the_reason()
    {
        var state = (IsingLatticeState)new IsingLattice(LatticeKind.Square, 4, h: 0.1).CreateState(Up(16));
        var error = Assert.Throws<ArgumentException>(() => new WolffCluster(state, 0.4, new Xoshiro256StarStar(1)));
        Assert.Contains("wolff needs h = 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Markov_chain_refuses_the_wolff_rule()
    {
        var state = new IsingLattice(LatticeKind.Square, 4).CreateState(Up(16));
        var error = Assert.Throws<ArgumentException>(() => new MarkovChain(state, new Dynamics(UpdateRule.Wolff, 0.4), new Xoshiro256StarStar(1)));
        Assert.Contains("WolffCluster", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LatticeKind.Chain, 9, 1.0, 0.8)]
    [InlineData(LatticeKind.Square, 5, -1.0, 0.4)]
    [InlineData(LatticeKind.Square, 16, 1.0, 0.44)]
    [InlineData(LatticeKind.Cubic, 2, 1.0, 0.3)]
    [InlineData(LatticeKind.Cubic, 4, -0.5, 0.5)]
    public void Bond_sum_and_magnetisation_stay_equal_to_their_recomputation(LatticeKind kind, int l, double j, double beta)
    {
        var lattice = new IsingLattice(kind, l, j);
        var rng = new Xoshiro256StarStar(7);
        var state = (IsingLatticeState)lattice.CreateState(RandomSpins(lattice.N, rng));
        var wolff = new WolffCluster(state, beta, rng);
        long flips = 0;
        for (int step = 0; step < 500; step++)
        {
            int size = wolff.Sweep();
            Assert.InRange(size, 1, lattice.N);
            flips += size;
        }

        Assert.Equal(lattice.Energy(state.Spins), state.Energy, 9);
        Assert.Equal(state.Magnetisation, state.Spins.ToArray().Sum(s => (long)s));
        Assert.Equal(flips, wolff.Flips);
        Assert.Equal(500L * lattice.N, wolff.Attempts);
        Assert.Equal((double)flips / (500L * lattice.N), wolff.SweepsPerStep, 12);
    }

    [Fact]
    public void At_infinite_temperature_a_cluster_is_one_spin()
    {
        var state = (IsingLatticeState)new IsingLattice(LatticeKind.Square, 6).CreateState(Up(36));
        var wolff = new WolffCluster(state, 0, new Xoshiro256StarStar(3));
        for (int step = 0; step < 100; step++)
        {
            Assert.Equal(1, wolff.Sweep());
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    public void At_zero_temperature_a_ground_state_flips_as_one_cluster(double j)
    {
        var lattice = new IsingLattice(LatticeKind.Square, 6, j);
        var spins = new sbyte[36];
        for (int i = 0; i < spins.Length; i++)
        {
            spins[i] = (sbyte)(j > 0 || (i / 6 + i % 6) % 2 == 0 ? 1 : -1);
        }

        var state = (IsingLatticeState)lattice.CreateState(spins);
        double ground = state.Energy;
        var wolff = new WolffCluster(state, double.PositiveInfinity, new Xoshiro256StarStar(5));
        Assert.Equal(36, wolff.Sweep());
        Assert.Equal(ground, state.Energy);
        Assert.Equal(-(long)spins.Sum(s => s), state.Magnetisation);
    }

    [Fact]
    public void The_same_seed_gives_the_same_trajectory_and_the_engine_is_named()
    {
        static (sbyte[] Spins, RandomState Rng) Run()
        {
            var lattice = new IsingLattice(LatticeKind.Cubic, 4);
            var rng = new Xoshiro256StarStar(11);
            var state = (IsingLatticeState)lattice.CreateState(RandomSpins(lattice.N, rng));
            var wolff = new WolffCluster(state, 0.22, rng);
            Assert.StartsWith("wolff-cluster:", wolff.Engine, StringComparison.Ordinal);
            for (int step = 0; step < 200; step++)
            {
                wolff.Sweep();
            }

            return (state.Spins.ToArray(), rng.State);
        }

        var (first, firstRng) = Run();
        var (second, secondRng) = Run();
        Assert.Equal(first, second);
        Assert.Equal(firstRng, secondRng);
    }

    [Fact]
    public void A_cluster_step_allocates_nothing()
    {
        var lattice = new IsingLattice(LatticeKind.Square, 32);
        var rng = new Xoshiro256StarStar(13);
        var wolff = new WolffCluster((IsingLatticeState)lattice.CreateState(RandomSpins(lattice.N, rng)), 0.44, rng);
        wolff.Sweep();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int step = 0; step < 1000; step++)
        {
            wolff.Sweep();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static sbyte[] Up(int n) => [.. Enumerable.Repeat((sbyte)1, n)];

    private static sbyte[] RandomSpins(int n, Xoshiro256StarStar rng)
    {
        var spins = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            spins[i] = rng.NextSpin();
        }

        return spins;
    }
}
