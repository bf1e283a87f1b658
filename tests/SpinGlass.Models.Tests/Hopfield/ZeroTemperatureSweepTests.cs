using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Hopfield;

public sealed class ZeroTemperatureSweepTests
{
    [Theory]
    [InlineData(PatternLayout.Wide, 300, 37, false)]
    [InlineData(PatternLayout.Packed, 300, 37, false)]
    [InlineData(PatternLayout.Wide, 200, 64, true)]
    [InlineData(PatternLayout.Packed, 129, 70, true)]
    public void The_whole_sweep_fast_path_makes_the_site_by_site_decisions(PatternLayout layout, int n, int p, bool random)
    {
        var fastRng = new Xoshiro256StarStar(9);
        var referenceRng = new Xoshiro256StarStar(9);
        var rng = new Xoshiro256StarStar(77);
        var network = new HopfieldNetwork(PatternSet.Random(n, p, rng, layout));
        var start = Cues.Flip(network.Patterns.Pattern(0), 0.35, rng);
        var fast = (HopfieldState)network.CreateState(start);
        var kernel = fast.ZeroTemperatureKernel;
        Assert.NotNull(kernel);
        var reference = (HopfieldState)network.CreateState(start);
        for (int sweep = 0; sweep < 6; sweep++)
        {
            int expected = 0;
            for (int k = 0; k < n; k++)
            {
                int i = random ? referenceRng.NextInt(n) : k;
                if (reference.FlipLowersCost(i))
                {
                    reference.Flip(i);
                    expected++;
                }
            }

            Assert.Equal(expected, kernel.Sweep(fastRng, random));
            Assert.Equal(reference.Spins.ToArray(), fast.Spins.ToArray());
            Assert.Equal(reference.Overlaps.ToArray(), fast.Overlaps.ToArray());
            Assert.Equal(reference.Energy, fast.Energy, 12);
            Assert.Equal(referenceRng.State, fastRng.State);
        }
    }

    [Fact]
    public void Binary_neurons_offer_no_whole_sweep_kernel()
    {
        var rng = new Xoshiro256StarStar(5);
        var network = new HopfieldNetwork(PatternSet.Random(50, 4, rng), NeuronCoding.Binary);
        var state = (HopfieldState)network.CreateState(network.Patterns.Pattern(0));
        Assert.Null(state.ZeroTemperatureKernel);
    }
}
