using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests;

public sealed class RandomnessTests
{
    [Fact]
    public void SplitMix64_reproduces_the_reference_sequence_from_seed_zero()
    {
        var sm = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, sm.Next());
        Assert.Equal(7960286522194355700UL, sm.Next());
        Assert.Equal(487617019471545679UL, sm.Next());
    }

    [Fact]
    public void Xoshiro256StarStar_reproduces_the_reference_sequence_from_state_1_2_3_4()
    {
        var rng = new Xoshiro256StarStar(new RandomState(1, 2, 3, 4));
        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
        Assert.Equal(1215971899390074240UL, rng.NextUInt64());
    }

    [Fact]
    public void Xoshiro256StarStar_seeded_through_SplitMix64_matches_the_C_reference()
    {
        var rng = new Xoshiro256StarStar(42);
        Assert.Equal(1546998764402558742UL, rng.NextUInt64());
        Assert.Equal(6990951692964543102UL, rng.NextUInt64());
        Assert.Equal(12544586762248559009UL, rng.NextUInt64());
    }

    [Fact]
    public void A_saved_state_continues_the_stream_exactly()
    {
        var rng = new Xoshiro256StarStar(9);
        rng.NextUInt64();
        var copy = new Xoshiro256StarStar(rng.State);
        for (int k = 0; k < 100; k++)
        {
            Assert.Equal(rng.NextUInt64(), copy.NextUInt64());
        }
    }

    [Fact]
    public void Streams_differ_between_points_and_trials_and_repeat_for_the_same_key()
    {
        ulong a = RandomStreams.For(1, 0, 0).NextUInt64();
        Assert.Equal(a, RandomStreams.For(1, 0, 0).NextUInt64());
        Assert.NotEqual(a, RandomStreams.For(1, 0, 1).NextUInt64());
        Assert.NotEqual(a, RandomStreams.For(1, 1, 0).NextUInt64());
        Assert.NotEqual(a, RandomStreams.For(2, 0, 0).NextUInt64());
        Assert.NotEqual(RandomStreams.For(1, 1, 0).NextUInt64(), RandomStreams.For(1, 0, 1).NextUInt64());
    }

    [Fact]
    public void NextInt_is_uniform_and_in_range()
    {
        var rng = new Xoshiro256StarStar(3);
        var counts = new int[7];
        for (int k = 0; k < 70_000; k++)
        {
            counts[rng.NextInt(7)]++;
        }

        double chi2 = counts.Sum(c => (c - 10_000.0) * (c - 10_000.0) / 10_000.0);
        Assert.InRange(chi2, 0.0, 22.5); // 6 degrees of freedom, p = 0.001
    }

    [Fact]
    public void Gaussian_deviates_have_unit_variance()
    {
        var rng = new Xoshiro256StarStar(4);
        double sum = 0, sumSquares = 0;
        const int Count = 200_000;
        for (int k = 0; k < Count; k++)
        {
            double x = rng.NextGaussian();
            sum += x;
            sumSquares += x * x;
        }

        Assert.InRange(sum / Count, -0.01, 0.01);
        Assert.InRange(sumSquares / Count, 0.99, 1.01);
    }
}
