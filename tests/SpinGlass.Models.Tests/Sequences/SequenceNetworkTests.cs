using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Sequences;

namespace SpinGlass.Models.Tests.Sequences;

public sealed class SequenceNetworkTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fields_from_overlaps_equal_fields_from_the_explicit_coupling_matrices(bool cyclic)
    {
        var rng = new Xoshiro256StarStar(6);
        var patterns = PatternSet.Random(40, 6, rng);
        var network = new SequenceNetwork(patterns, symmetric: 0.7, lambda: 1.8, cyclic: cyclic);
        var state = network.CreateState(ModelCatalog.RandomSpins(40, rng));
        for (int k = 0; k < 500; k++)
        {
            state.Flip(rng.NextInt(40));
        }

        var s = state.Spins;
        for (int i = 0; i < 40; i++)
        {
            double expected = 0;
            for (int j = 0; j < 40; j++)
            {
                double sym = 0, asym = 0;
                for (int mu = 0; mu < 6; mu++)
                {
                    sym += i == j ? 0 : patterns.Pattern(mu)[i] * patterns.Pattern(mu)[j];
                    int next = network.Next(mu);
                    asym += next < 0 ? 0 : patterns.Pattern(next)[i] * patterns.Pattern(mu)[j];
                }

                expected += (0.7 * sym + 1.8 * asym) / 40 * s[j];
            }

            Assert.Equal(expected, state.LocalField(i), 12);
        }
    }

    [Fact]
    public void Purely_asymmetric_synchronous_dynamics_steps_through_the_sequence_one_pattern_per_step()
    {
        var rng = new Xoshiro256StarStar(2);
        var patterns = PatternSet.Random(500, 5, rng);
        var state = (SequenceState)new SequenceNetwork(patterns, symmetric: 0, lambda: 1).CreateState(patterns.Pattern(0));
        for (int step = 1; step <= 7; step++)
        {
            var next = new sbyte[500];
            for (int i = 0; i < 500; i++)
            {
                double h = state.LocalField(i);
                next[i] = h > 0 ? (sbyte)1 : h < 0 ? (sbyte)-1 : state.Spins[i];
            }

            state.SetSpins(next);
            Assert.True(next.AsSpan().SequenceEqual(patterns.Pattern(step % 5)), $"step {step}");
        }
    }

    [Theory]
    [InlineData(SequenceKernel.Delay)]
    [InlineData(SequenceKernel.Step)]
    [InlineData(SequenceKernel.Exponential)]
    public void Filtered_overlaps_start_at_the_initial_state_and_follow_the_kernel(SequenceKernel kernel)
    {
        var rng = new Xoshiro256StarStar(3);
        var patterns = PatternSet.Random(100, 3, rng);
        var state = (SequenceState)new SequenceNetwork(patterns, lambda: 2, kernel: kernel, tau: 4).CreateState(patterns.Pattern(0));
        Assert.Equal(100.0, state.FilteredOverlaps[0]);
        for (int i = 0; i < 100; i++)
        {
            if (state.Spins[i] != patterns.Pattern(1)[i])
            {
                state.Flip(i); // move to ξ² within one sweep (SetSpins would restart the filter)
            }
        }

        state.EndSweep();
        double first = state.FilteredOverlaps[0];
        double expected = kernel switch
        {
            SequenceKernel.Delay => 100,                                   // still the state from τ = 4 sweeps back
            SequenceKernel.Step => (3 * 100 + patterns.Overlap(0, patterns.Pattern(1))) / 4.0, // running mean of 4
            _ => 100 + (patterns.Overlap(0, patterns.Pattern(1)) - 100) / 4.0,
        };
        Assert.Equal(expected, first, 12);
    }

    [Fact]
    public void A_sequence_network_has_no_energy_so_it_is_not_an_energy_model()
    {
        var rng = new Xoshiro256StarStar(1);
        object network = new SequenceNetwork(PatternSet.Random(20, 3, rng), lambda: 1.5);
        Assert.IsAssignableFrom<ISpinModel>(network);
        Assert.False(network is IEnergyModel);
        Assert.False(((ISpinModel)network).CreateState(ModelCatalog.RandomSpins(20, rng)) is IEnergyState);
    }
}
