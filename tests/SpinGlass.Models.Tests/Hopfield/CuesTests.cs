using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Hopfield;

public sealed class CuesTests
{
    private static sbyte[] Letter(char c) => LetterPatterns.Letter(c).ToArray();

    [Theory]
    [InlineData(0.2, 20)]
    [InlineData(0.05, 5)]
    [InlineData(0.125, 13)]
    [InlineData(0.005, 1)]
    [InlineData(0.5, 50)]
    public void Flip_changes_exactly_round_noise_times_N_bits(double noise, int expected)
    {
        var pattern = Letter('A');
        var rng = new Xoshiro256StarStar(3);
        for (int trial = 0; trial < 50; trial++)
        {
            var cue = Cues.Flip(pattern, noise, rng);
            Assert.Equal(expected, Cues.HammingDistance(pattern, cue));
            Assert.Equal(1 - 2.0 * expected / 100, Cues.Overlap(pattern, cue), 12);
        }
    }

    [Fact]
    public void Flip_with_noise_0_is_identical_and_with_noise_1_is_reversed()
    {
        var pattern = Letter('B');
        var rng = new Xoshiro256StarStar(4);
        Assert.Equal(pattern, Cues.Flip(pattern, 0, rng));
        var reversed = Cues.Flip(pattern, 1, rng);
        Assert.Equal(-1.0, Cues.Overlap(pattern, reversed));
        Assert.Equal(100, Cues.HammingDistance(pattern, reversed));
    }

    [Fact]
    public void Flip_chooses_every_bit_equally_often()
    {
        var pattern = Letter('C');
        var rng = new Xoshiro256StarStar(5);
        var counts = new int[pattern.Length];
        const int trials = 4000;
        for (int trial = 0; trial < trials; trial++)
        {
            var cue = Cues.Flip(pattern, 0.1, rng);
            for (int i = 0; i < cue.Length; i++)
            {
                counts[i] += cue[i] != pattern[i] ? 1 : 0;
            }
        }

        // Each bit is flipped with probability 0.1: mean 400, sd ≈ 19; 6 sd bounds over 100 bits.
        Assert.All(counts, c => Assert.InRange(c, 400 - 114, 400 + 114));
    }

    [Fact]
    public void Flip_is_deterministic_for_a_seed_and_leaves_the_pattern_alone()
    {
        var pattern = Letter('D');
        var copy = pattern.ToArray();
        var rng1 = new Xoshiro256StarStar(42);
        var rng2 = new Xoshiro256StarStar(42);
        var rng3 = new Xoshiro256StarStar(43);
        var cue1 = Cues.Flip(pattern, 0.3, rng1);
        Assert.Equal(cue1, Cues.Flip(pattern, 0.3, rng2));
        Assert.NotEqual(cue1, Cues.Flip(pattern, 0.3, rng3));
        Assert.Equal(copy, pattern);
    }

    [Fact]
    public void Mask_sets_the_last_bits_off_and_keeps_the_rest()
    {
        var pattern = Letter('E');
        var cue = Cues.Mask(pattern, 0.3);
        Assert.Equal(pattern.AsSpan(0, 70).ToArray(), cue.AsSpan(0, 70).ToArray());
        Assert.All(cue.AsSpan(70).ToArray(), x => Assert.Equal(-1, x));
        Assert.Equal(pattern, Cues.Mask(pattern, 0));
        Assert.All(Cues.Mask(pattern, 1), x => Assert.Equal(-1, x));
    }

    [Fact]
    public void Mask_with_random_fill_keeps_the_head_and_randomises_the_tail_deterministically()
    {
        var pattern = Letter('A');
        var rng1 = new Xoshiro256StarStar(7);
        var rng2 = new Xoshiro256StarStar(7);
        var cue = Cues.Mask(pattern, 0.5, rng1);
        Assert.Equal(cue, Cues.Mask(pattern, 0.5, rng2));
        Assert.Equal(pattern.AsSpan(0, 50).ToArray(), cue.AsSpan(0, 50).ToArray());
        int on = cue.AsSpan(50).ToArray().Count(x => x > 0);
        Assert.InRange(on, 10, 40);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Fractions_outside_0_to_1_are_rejected(double noise)
    {
        var pattern = Letter('A');
        var rng = new Xoshiro256StarStar(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Cues.Flip(pattern, noise, rng));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cues.Mask(pattern, noise));
    }

    [Fact]
    public void Non_spin_values_and_length_mismatches_are_rejected()
    {
        var rng = new Xoshiro256StarStar(1);
        Assert.Throws<ArgumentException>(() => Cues.Flip(new sbyte[] { 1, 0, -1 }, 0.5, rng));
        Assert.Throws<ArgumentException>(() => Cues.HammingDistance(new sbyte[] { 1 }, new sbyte[] { 1, 1 }));
        Assert.Throws<ArgumentException>(() => Cues.Overlap([], []));
    }
}
