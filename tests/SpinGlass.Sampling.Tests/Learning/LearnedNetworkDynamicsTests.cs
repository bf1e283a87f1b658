using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Tests.Sweeps;

namespace SpinGlass.Sampling.Tests.Learning;

/// <summary>
/// Learned networks under the chain: Hebb learned on the overlap path makes the integer network's zero-temperature chain
/// bit for bit (its fields and ties are exact), and a kept self-coupling changes which flips zero-temperature dynamics
/// makes — on the fast and the generic path alike — while Metropolis never sees it.
/// </summary>
public sealed class LearnedNetworkDynamicsTests
{
    [Theory]
    [InlineData(UpdateRule.ZeroTemperature)]
    [InlineData(UpdateRule.Synchronous)]
    public void Hebb_learned_on_the_overlap_path_makes_the_integer_networks_chain(UpdateRule rule)
    {
        // N = 100, p = 60: far above capacity, where zero fields (ties) are common
        var patterns = PatternSet.Random(100, 60, new Xoshiro256StarStar(3));
        var start = MarkovChainTests.RandomSpins(100, new Xoshiro256StarStar(4));
        var integer = new HopfieldNetwork(patterns).CreateState(start);
        var learned = LearnedNetwork.Learn(patterns, LearningRule.Hebb).CreateState(start);
        var a = new MarkovChain(integer, new Dynamics(rule, double.PositiveInfinity), new Xoshiro256StarStar(9));
        var b = new MarkovChain(learned, new Dynamics(rule, double.PositiveInfinity), new Xoshiro256StarStar(9));
        for (int sweep = 0; sweep < 30; sweep++)
        {
            Assert.Equal(a.Sweep(), b.Sweep());
            Assert.Equal(integer.Spins.ToArray(), learned.Spins.ToArray());
        }

        Assert.Equal(a.Flips, b.Flips);
        Assert.Equal(integer.Energy, learned.Energy, 9);
    }

    [Fact]
    public void A_kept_self_coupling_is_a_stability_margin_for_zero_temperature_dynamics_on_every_path()
    {
        var patterns = PatternSet.Random(60, 30, new Xoshiro256StarStar(5));
        var network = LearnedNetwork.Learn(patterns, LearningRule.Hebb, new LearningOptions(SelfCoupling: true));
        var plain = LearnedNetwork.Learn(patterns, LearningRule.Hebb);
        var start = MarkovChainTests.RandomSpins(60, new Xoshiro256StarStar(6));
        var fast = network.CreateState(start);
        var generic = (IEnergyState)ForwardingState.Wrap(network.CreateState(start));
        var without = plain.CreateState(start);
        new MarkovChain(fast, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity), new Xoshiro256StarStar(7)).RunToFixedPoint(200);
        new MarkovChain(generic, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity), new Xoshiro256StarStar(7)).RunToFixedPoint(200);
        new MarkovChain(without, new Dynamics(UpdateRule.ZeroTemperature, double.PositiveInfinity), new Xoshiro256StarStar(7)).RunToFixedPoint(200);
        Assert.Equal(fast.Spins.ToArray(), generic.Spins.ToArray());
        for (int i = 0; i < 60; i++)
        {
            // a fixed point of s_i ← sgn(Σ_j J_ij s_j) with the diagonal: s_i h_i ≥ 0 for the field that includes J_ii s_i
            Assert.True(fast.Spins[i] * fast.LocalField(i) >= 0);
        }

        // the margin J_ii = p/N = ½ stops the descent early: the plain network goes on to a lower energy
        Assert.True(without.Energy < fast.Energy, $"energies {without.Energy} and {fast.Energy}");
        Assert.True(MarkovChain.IsFixedPoint(fast));
        Assert.False(Enumerable.Range(0, 60).All(i => fast.FlipCost(i) >= 0), "the self-coupled fixed point should not be a local minimum of the energy here");
    }
}
