using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>
/// Every capability a state offers the chain (its own site view, a whole-sweep kernel) is only a faster way to make
/// the same chain: the generic path through <see cref="ISpinState"/> from the same seed makes it too, bit for bit.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    private const int Sweeps = 12;

    public static TheoryData<string, UpdateRule, SiteOrder, double> Cases() => ChainCatalog.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_fast_and_the_generic_path_make_the_same_chain(string name, UpdateRule rule, SiteOrder order, double beta)
    {
        var (model, _) = ChainCatalog.Get(name);
        var start = MarkovChainTests.RandomSpins(model.N, new Xoshiro256StarStar(5));
        var fastState = model.CreateState(start);
        var genericState = (IEnergyState)ForwardingState.Wrap(model.CreateState(start));
        var dynamics = new Dynamics(rule, beta, order, order == SiteOrder.Rows ? ChainCatalog.RowWidth : 0);
        var fast = new MarkovChain(fastState, dynamics, new Xoshiro256StarStar(17));
        var generic = new MarkovChain(genericState, dynamics, new Xoshiro256StarStar(17));
        Assert.DoesNotContain("generic", fast.Engine, StringComparison.Ordinal);
        Assert.StartsWith("markov-chain: generic ISpinState calls (Forwarding", generic.Engine, StringComparison.Ordinal);
        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            Assert.Equal(fast.Sweep(), generic.Sweep());
            Assert.Equal(fastState.Spins.ToArray(), genericState.Spins.ToArray());
            Assert.Equal(fast.RandomState, generic.RandomState);
            Assert.Equal(fastState.Energy, genericState.Energy);
            Assert.Equal(MarkovChain.IsFixedPoint(fastState), MarkovChain.IsFixedPoint(genericState));
        }

        Assert.Equal(fast.Flips, generic.Flips);
        Assert.Equal(fast.Attempts, generic.Attempts);
        Assert.True(fast.Flips > 0, $"{fast.Engine}: the chain never moved");
    }
}
