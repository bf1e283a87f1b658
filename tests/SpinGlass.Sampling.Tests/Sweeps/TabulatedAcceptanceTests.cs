using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>
/// Metropolis and Glauber on ±1 Hopfield neurons run from integer flip costs and a threshold table: the same chain, draw
/// for draw, as the exact <c>exp</c> path through <see cref="ISpinState"/> — at β = 0, ∞ and where costs leave the table.
/// </summary>
public sealed class TabulatedAcceptanceTests
{
    public static TheoryData<UpdateRule, SiteOrder, double, PatternLayout> Cases()
    {
        var data = new TheoryData<UpdateRule, SiteOrder, double, PatternLayout>();
        foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.Glauber })
        {
            foreach (var order in new[] { SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation })
            {
                foreach (double beta in new[] { 0, 0.05, 1, 4, 60, double.PositiveInfinity })
                {
                    data.Add(rule, order, beta, beta == 1 ? PatternLayout.Packed : PatternLayout.Wide);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_tabulated_chain_is_the_exact_chain_bit_for_bit(UpdateRule rule, SiteOrder order, double beta, PatternLayout layout)
    {
        var rng = new Xoshiro256StarStar(8);
        var network = new HopfieldNetwork(PatternSet.Random(90, 11, rng, layout));
        var start = MarkovChainTests.RandomSpins(network.N, rng);
        var tabulatedState = network.CreateState(start);
        var exactState = (IEnergyState)ForwardingState.Wrap(network.CreateState(start));
        var dynamics = new Dynamics(rule, beta, order);
        var tabulated = new MarkovChain(tabulatedState, dynamics, new Xoshiro256StarStar(3));
        var exact = new MarkovChain(exactState, dynamics, new Xoshiro256StarStar(3));
        Assert.StartsWith("markov-chain: HopfieldState integer flip costs, tabulated acceptance;", tabulated.Engine, StringComparison.Ordinal);
        for (int sweep = 0; sweep < 30; sweep++)
        {
            Assert.Equal(exact.Sweep(), tabulated.Sweep());
            Assert.Equal(exact.RandomState, tabulated.RandomState);
        }

        Assert.Equal(exactState.Spins.ToArray(), tabulatedState.Spins.ToArray());
        Assert.True(tabulated.Flips > 0);
    }

    [Fact]
    public void Binary_neurons_keep_the_floating_point_site_view()
    {
        var network = new HopfieldNetwork(PatternSet.Random(20, 3, new Xoshiro256StarStar(2)), NeuronCoding.Binary);
        var chain = new MarkovChain(network.CreateState(MarkovChainTests.RandomSpins(20, new Xoshiro256StarStar(4))), new Dynamics(UpdateRule.Glauber, 1), new Xoshiro256StarStar(5));
        Assert.StartsWith("markov-chain: HopfieldState site access;", chain.Engine, StringComparison.Ordinal);
    }
}
