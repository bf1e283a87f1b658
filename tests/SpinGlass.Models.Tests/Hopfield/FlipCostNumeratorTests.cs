using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Hopfield;

public sealed class FlipCostNumeratorTests
{
    [Theory]
    [InlineData(PatternLayout.Wide, 0.0)]
    [InlineData(PatternLayout.Packed, 0.0)]
    [InlineData(PatternLayout.Wide, 1.0)]
    [InlineData(PatternLayout.Packed, 1.0)]
    public void The_flip_cost_of_a_spin_neuron_is_twice_its_integer_numerator_over_N_bit_for_bit(PatternLayout layout, double mixing)
    {
        var rng = new Xoshiro256StarStar(7);
        const int N = 61, P = 9;
        var network = new HopfieldNetwork(PatternSet.Random(N, P, rng, layout));
        var spins = new sbyte[N];
        network.Patterns.CopyPattern(0, spins);
        for (int i = 0; i < N; i++)
        {
            spins[i] = rng.NextDouble() < mixing / 2 ? rng.NextSpin() : spins[i];
        }

        var state = (HopfieldState)network.CreateState(spins);
        Assert.True(state.TryGetFlipCostNumeratorRange(out int min, out int max));
        Assert.Equal(P * (N - 1), max);
        Assert.Equal(-max, min);
        for (int sweep = 0; sweep < 20; sweep++)
        {
            for (int i = 0; i < N; i++)
            {
                int k = state.FlipCostNumerator(i);
                Assert.Equal(state.FlipCost(i), 2.0 * ((double)k / N));
                Assert.InRange(k, min, max);
                Assert.Equal(max & 1, k & 1);
            }

            state.Flip(rng.NextInt(N));
        }
    }

    [Fact]
    public void The_extreme_numerator_is_reached_when_every_pattern_agrees_with_the_spins()
    {
        const int N = 12, P = 3;
        var patternMajor = new sbyte[P * N];
        Array.Fill(patternMajor, (sbyte)1);
        var network = new HopfieldNetwork(new PatternSet(N, patternMajor));
        var state = (HopfieldState)network.CreateState(patternMajor.AsSpan(0, N));
        Assert.Equal(P * (N - 1), state.FlipCostNumerator(4));
    }

    [Fact]
    public void Binary_neurons_have_no_integer_flip_costs()
    {
        var network = new HopfieldNetwork(PatternSet.Random(10, 2, new Xoshiro256StarStar(1)), NeuronCoding.Binary);
        var state = (HopfieldState)network.CreateState(Enumerable.Repeat((sbyte)1, 10).ToArray());
        Assert.False(state.TryGetFlipCostNumeratorRange(out _, out _));
    }
}
