using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>
/// Metropolis and Glauber on ±1 Hopfield neurons run from integer flip costs and a threshold table: the same chain, draw
/// for draw, as the exact <c>exp</c> path through <see cref="ISpinState"/> — at β = 0, ∞ and where costs leave the table,
/// over int16 rows, bit rows and (p ≤ 6) pattern-class fields.
/// </summary>
public sealed class TabulatedAcceptanceTests
{
    public static TheoryData<UpdateRule, SiteOrder, double, PatternLayout, int> Cases()
    {
        var data = new TheoryData<UpdateRule, SiteOrder, double, PatternLayout, int>();
        foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.Glauber })
        {
            foreach (var order in new[] { SiteOrder.Random, SiteOrder.Sequential, SiteOrder.Permutation })
            {
                foreach (double beta in new[] { 0, 0.05, 1, 4, 60, double.PositiveInfinity })
                {
                    // p ≤ 6 sweeps read class fields (either layout keeps the overlaps), p = 11 the rows
                    int p = beta switch { 0.05 => 5, 4 => 6, 60 => 3, double.PositiveInfinity => 1, _ => 11 };
                    data.Add(rule, order, beta, beta is 1 or 60 ? PatternLayout.Packed : PatternLayout.Wide, p);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_tabulated_chain_is_the_exact_chain_bit_for_bit(UpdateRule rule, SiteOrder order, double beta, PatternLayout layout, int p)
    {
        var rng = new Xoshiro256StarStar(8);
        var network = new HopfieldNetwork(PatternSet.Random(90, p, rng, layout));
        var start = MarkovChainTests.RandomSpins(network.N, rng);
        var tabulatedState = network.CreateState(start);
        var exactState = (IEnergyState)ForwardingState.Wrap(network.CreateState(start));
        var dynamics = new Dynamics(rule, beta, order);
        var tabulated = new MarkovChain(tabulatedState, dynamics, new Xoshiro256StarStar(3));
        var exact = new MarkovChain(exactState, dynamics, new Xoshiro256StarStar(3));
        string storage = p <= 6 ? $"{1 << p} pattern-class fields" : layout == PatternLayout.Wide ? "int16 rows" : "bit rows";
        Assert.StartsWith($"markov-chain: HopfieldState integer flip costs over {storage}, tabulated acceptance;", tabulated.Engine, StringComparison.Ordinal);
        for (int sweep = 0; sweep < 30; sweep++)
        {
            Assert.Equal(exact.Sweep(), tabulated.Sweep());
            Assert.Equal(exact.RandomState, tabulated.RandomState);
        }

        Assert.Equal(exactState.Spins.ToArray(), tabulatedState.Spins.ToArray());
        Assert.True(tabulated.Flips > 0);
    }

    [Theory]
    [InlineData(SiteOrder.Random, 1, PatternLayout.Wide)]
    [InlineData(SiteOrder.Random, 5, PatternLayout.Packed)]
    [InlineData(SiteOrder.Sequential, 6, PatternLayout.Wide)]
    [InlineData(SiteOrder.Sequential, 11, PatternLayout.Wide)]
    public void The_zero_temperature_kernel_is_the_site_by_site_chain(SiteOrder order, int p, PatternLayout layout)
    {
        var rng = new Xoshiro256StarStar(9);
        var network = new HopfieldNetwork(PatternSet.Random(90, p, rng, layout));
        var start = MarkovChainTests.RandomSpins(network.N, rng);
        var kernelState = network.CreateState(start);
        var siteState = (IEnergyState)ForwardingState.Wrap(network.CreateState(start));
        var dynamics = new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity, order);
        var kernel = new MarkovChain(kernelState, dynamics, new Xoshiro256StarStar(4));
        var site = new MarkovChain(siteState, dynamics, new Xoshiro256StarStar(4));
        Assert.Contains(p <= 6 ? "pattern-class fields" : "int16 rows", kernel.Engine, StringComparison.Ordinal);
        for (int sweep = 0; sweep < 6; sweep++)
        {
            Assert.Equal(site.Sweep(), kernel.Sweep());
            Assert.Equal(site.RandomState, kernel.RandomState);
            Assert.Equal(siteState.Spins.ToArray(), kernelState.Spins.ToArray());
            Assert.Equal(siteState.Energy, kernelState.Energy, 12);
        }
    }

    [Fact]
    public void Binary_neurons_keep_the_floating_point_site_view()
    {
        var network = new HopfieldNetwork(PatternSet.Random(20, 3, new Xoshiro256StarStar(2)), NeuronCoding.Binary);
        var chain = new MarkovChain(network.CreateState(MarkovChainTests.RandomSpins(20, new Xoshiro256StarStar(4))), new Dynamics(UpdateRule.Glauber, 1), new Xoshiro256StarStar(5));
        Assert.StartsWith("markov-chain: HopfieldState site access;", chain.Engine, StringComparison.Ordinal);
    }
}
