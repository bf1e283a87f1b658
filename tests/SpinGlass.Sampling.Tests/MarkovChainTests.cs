using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests;

public sealed class MarkovChainTests
{
    [Theory]
    [InlineData(SiteOrder.Random)]
    [InlineData(SiteOrder.Sequential)]
    public void Zero_temperature_dynamics_never_raises_the_energy_and_ends_at_a_fixed_point(SiteOrder order)
    {
        var rng = new Xoshiro256StarStar(12);
        var models = new IEnergyModel[]
        {
            new HopfieldNetwork(PatternSet.Random(200, 30, rng)),
            new HopfieldNetwork(PatternSet.Random(100, 10, rng), NeuronCoding.Binary),
            new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(100, rng)),
            new IsingLattice(LatticeKind.Square, 12, h: 0.05),
        };
        foreach (var model in models)
        {
            for (int trial = 0; trial < 5; trial++)
            {
                var state = model.CreateState(RandomSpins(model.N, rng));
                var chain = new MarkovChain(state, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, order), RandomStreams.For(3, 0, trial));
                double energy = state.Energy;
                Relaxation relaxation = default;
                for (int sweep = 0; sweep < 500 && !relaxation.Converged; sweep++)
                {
                    relaxation = chain.RunToFixedPoint(1);
                    Assert.True(state.Energy <= energy + 1e-12, $"{model.Description}: energy rose from {energy} to {state.Energy}");
                    energy = state.Energy;
                }

                Assert.True(relaxation.Converged, model.Description);
                Assert.True(MarkovChain.IsFixedPoint(state));
            }
        }
    }

    [Fact]
    public void Metropolis_refuses_a_network_without_an_energy_function()
    {
        var network = new AsymmetricNetwork(new CouplingMatrix(2, new[] { 0.0, 1.0, -1.0, 0.0 }));
        var state = network.CreateState(new sbyte[] { 1, 1 });
        var error = Assert.Throws<InvalidOperationException>(() => new MarkovChain(state, new Dynamics(UpdateRule.Metropolis, 1), new Xoshiro256StarStar(1)));
        Assert.Contains("no energy function", error.Message, StringComparison.Ordinal);
        _ = new MarkovChain(state, new Dynamics(UpdateRule.Glauber, 1), new Xoshiro256StarStar(1));
    }

    [Fact]
    public void Asymmetric_matrix_cannot_be_given_an_energy()
    {
        var asymmetric = new CouplingMatrix(2, new[] { 0.0, 1.0, -1.0, 0.0 });
        Assert.Throws<ArgumentException>(() => new CouplingMatrixModel(asymmetric));
    }

    [Fact]
    public void Same_seed_gives_the_same_trajectory()
    {
        var model = new IsingLattice(LatticeKind.Square, 8);
        string Run()
        {
            var rng = RandomStreams.For(99, 3, 4);
            var chain = new MarkovChain(model.CreateState(RandomSpins(model.N, rng)), new Dynamics(UpdateRule.Metropolis, 0.44), rng);
            var trace = new List<double>();
            for (int k = 0; k < 50; k++)
            {
                chain.Sweep();
                trace.Add(((IEnergyState)chain.State).Energy);
            }

            return string.Join(",", trace);
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Synchronous_zero_temperature_dynamics_recalls_a_stored_pattern_in_one_step()
    {
        var rng = new Xoshiro256StarStar(5);
        var patterns = PatternSet.Random(400, 4, rng);
        var cue = patterns.Pattern(0).ToArray();
        for (int i = 0; i < 40; i++)
        {
            cue[i] = (sbyte)-cue[i];
        }

        var chain = new MarkovChain(new HopfieldNetwork(patterns).CreateState(cue), new Dynamics(UpdateRule.Synchronous, double.PositiveInfinity), rng);
        var relaxation = chain.RunToFixedPoint(10);
        Assert.True(relaxation.Converged);
        Assert.True(chain.State.Spins.SequenceEqual(patterns.Pattern(0)));
    }

    [Fact]
    public void Heat_bath_at_infinite_temperature_gives_zero_mean_magnetisation()
    {
        var model = new IsingLattice(LatticeKind.Square, 16, h: 5);
        var spins = Enumerable.Repeat((sbyte)1, model.N).ToArray();
        foreach (var rule in new[] { UpdateRule.Glauber, UpdateRule.Metropolis, UpdateRule.Synchronous })
        {
            var chain = new MarkovChain(model.CreateState(spins), new Dynamics(rule, 0), new Xoshiro256StarStar(2));
            long sum = 0;
            for (int k = 0; k < 400; k++)
            {
                chain.Sweep();
                foreach (sbyte s in chain.State.Spins)
                {
                    sum += s;
                }
            }

            Assert.InRange(sum / (400.0 * model.N), -0.01, 0.01);
        }
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

    [Theory]
    [InlineData(LatticeKind.Chain, 7)]
    [InlineData(LatticeKind.Square, 5)]
    [InlineData(LatticeKind.Cubic, 4)]
    public void Checkerboard_order_visits_every_lattice_site_once_per_sweep(LatticeKind kind, int l)
    {
        var rng = new Xoshiro256StarStar(6);
        var model = new IsingLattice(kind, l);
        var state = (IsingLatticeState)model.CreateState(RandomSpins(model.N, rng));
        long m = state.Magnetisation;
        var chain = new MarkovChain(state, new Dynamics(UpdateRule.Metropolis, 0, SiteOrder.Checkerboard), rng);
        Assert.Equal(model.N, chain.Sweep());
        Assert.Equal(-m, state.Magnetisation);
    }

    [Fact]
    public void Checkerboard_order_is_refused_off_a_lattice()
    {
        var rng = new Xoshiro256StarStar(6);
        var model = new HopfieldNetwork(PatternSet.Random(20, 2, rng));
        Assert.Throws<ArgumentException>(() =>
            new MarkovChain(model.CreateState(RandomSpins(20, rng)), new Dynamics(UpdateRule.Glauber, 1, SiteOrder.Checkerboard), rng));
    }
}
