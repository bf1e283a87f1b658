using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Sequences;

namespace SpinGlass.Sampling.Tests.Sweeps;

public sealed class EndOfSweepHookTests
{
    [Theory]
    [InlineData(SequenceKernel.Delay, UpdateRule.Synchronous)]
    [InlineData(SequenceKernel.Delay, UpdateRule.Glauber)]
    [InlineData(SequenceKernel.Step, UpdateRule.ZeroTemperature)]
    [InlineData(SequenceKernel.Step, UpdateRule.Glauber)]
    [InlineData(SequenceKernel.Exponential, UpdateRule.Synchronous)]
    [InlineData(SequenceKernel.Exponential, UpdateRule.Glauber)]
    public void A_sequence_chain_steps_its_filter_once_per_sweep_as_a_caller_once_did_by_hand(SequenceKernel kernel, UpdateRule rule)
    {
        var rng = new Xoshiro256StarStar(8);
        var patterns = PatternSet.Random(120, 5, rng);
        var network = new SequenceNetwork(patterns, symmetric: 1, lambda: 2, kernel, tau: 3);
        var start = Cues.Flip(patterns.Pattern(0), 0.1, rng);
        var hooked = (SequenceState)network.CreateState(start);
        var byHand = (SequenceState)network.CreateState(start);
        var dynamics = new Dynamics(rule, 5);
        var chain = new MarkovChain(hooked, dynamics, new Xoshiro256StarStar(4));
        var reference = new MarkovChain(ForwardingState.Wrap(byHand), dynamics, new Xoshiro256StarStar(4));
        for (int sweep = 0; sweep < 15; sweep++)
        {
            Assert.Equal(reference.Sweep(), chain.Sweep());
            byHand.EndSweep(); // what SequenceExperiment used to do after every sweep
            Assert.Equal(byHand.Spins.ToArray(), hooked.Spins.ToArray());
            Assert.Equal(byHand.FilteredOverlaps.ToArray(), hooked.FilteredOverlaps.ToArray());
            Assert.Equal(reference.RandomState, chain.RandomState);
        }
    }

    [Fact]
    public void A_one_sweep_delay_sees_the_state_at_the_end_of_the_last_sweep_with_no_call_from_the_caller()
    {
        var rng = new Xoshiro256StarStar(9);
        var patterns = PatternSet.Random(100, 4, rng);
        var state = (SequenceState)new SequenceNetwork(patterns, symmetric: 0, lambda: 1, SequenceKernel.Delay, tau: 1).CreateState(patterns.Pattern(0));
        var chain = new MarkovChain(state, new Dynamics(UpdateRule.Synchronous, double.PositiveInfinity), rng);
        var first = state.Overlaps.ToArray();
        for (int sweep = 0; sweep < 4; sweep++)
        {
            chain.Sweep();
            Assert.NotEqual(first, state.Overlaps.ToArray()); // the stepping network moves on every sweep
            Assert.Equal(state.Overlaps.ToArray().Select(m => (double)m), state.FilteredOverlaps.ToArray());
            first = state.Overlaps.ToArray();
        }
    }
}
