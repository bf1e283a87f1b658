using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Sequences;

namespace SpinGlass.Sampling.Tests.Sweeps;

public sealed class EngineTests
{
    [Fact]
    public void A_chain_names_the_site_view_rule_order_and_stream_it_runs()
    {
        var rng = new Xoshiro256StarStar(1);
        var hopfield = new HopfieldNetwork(PatternSet.Random(100, 5, rng, PatternLayout.Wide));
        var lattice = new IsingLattice(LatticeKind.Square, 6);
        Assert.Equal(
            "markov-chain: HopfieldState integer flip costs over 32 pattern-class fields, tabulated acceptance; glauber, random order; xoshiro256**",
            new MarkovChain(hopfield.CreateState(hopfield.Patterns.Pattern(0)), new Dynamics(UpdateRule.Glauber, 2), rng).Engine);
        Assert.Equal(
            "markov-chain: IsingLatticeState site access; metropolis, checkerboard order; xoshiro256**",
            new MarkovChain(lattice.CreateState(MarkovChainTests.RandomSpins(36, rng)), new Dynamics(UpdateRule.Metropolis, 0.4, SiteOrder.Checkerboard), rng).Engine);
        Assert.Equal(
            "markov-chain: HopfieldState site access; synchronous; xoshiro256**",
            new MarkovChain(hopfield.CreateState(hopfield.Patterns.Pattern(0)), new Dynamics(UpdateRule.Synchronous, 2), rng).Engine);
    }

    [Theory]
    [InlineData(PatternLayout.Wide, 7, "int16 rows")]
    [InlineData(PatternLayout.Packed, 7, "bit rows")]
    [InlineData(PatternLayout.Wide, 5, "32 pattern-class fields")]
    public void Zero_temperature_chains_of_spin_neurons_run_the_whole_sweep_kernel(PatternLayout layout, int p, string rows)
    {
        var rng = new Xoshiro256StarStar(2);
        var network = new HopfieldNetwork(PatternSet.Random(100, p, rng, layout));
        var chain = new MarkovChain(network.CreateState(network.Patterns.Pattern(0)), new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, SiteOrder.Sequential), rng);
        Assert.Equal($"markov-chain: HopfieldState zero-temperature sweep over {rows}; zero-temperature, sequential order; xoshiro256**", chain.Engine);
    }

    [Fact]
    public void Binary_neurons_have_no_whole_sweep_kernel_and_run_their_site_view()
    {
        var rng = new Xoshiro256StarStar(3);
        var network = new HopfieldNetwork(PatternSet.Random(60, 4, rng), NeuronCoding.Binary);
        var chain = new MarkovChain(network.CreateState(network.Patterns.Pattern(0)), new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity), rng);
        Assert.Equal("markov-chain: HopfieldState site access; zero-temperature, random order; xoshiro256**", chain.Engine);
    }

    [Fact]
    public void States_without_a_site_view_run_the_generic_path_and_say_so()
    {
        var rng = new Xoshiro256StarStar(4);
        var patterns = PatternSet.Random(50, 3, rng);
        var sequence = new SequenceNetwork(patterns, lambda: 1.5).CreateState(patterns.Pattern(0));
        var sk = new CouplingMatrixModel(CouplingMatrix.SherringtonKirkpatrick(30, rng)).CreateState(MarkovChainTests.RandomSpins(30, rng));
        Assert.Equal(
            "markov-chain: generic ISpinState calls (SequenceState); synchronous; xoshiro256**",
            new MarkovChain(sequence, new Dynamics(UpdateRule.Synchronous, double.PositiveInfinity), rng).Engine);
        Assert.Equal(
            "markov-chain: generic ISpinState calls (CouplingMatrixState); metropolis, sequential order; xoshiro256**",
            new MarkovChain(sk, new Dynamics(UpdateRule.Metropolis, 1, SiteOrder.Sequential), rng).Engine);
    }
}
