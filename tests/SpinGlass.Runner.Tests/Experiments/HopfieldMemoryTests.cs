using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Experiments.Shared;

namespace SpinGlass.Runner.Tests.Experiments;

public sealed class HopfieldMemoryTests
{
    [Theory]
    [InlineData(2000, 200)]
    [InlineData(8000, 1760)]
    [InlineData(40_000, 3000)]
    public void The_memory_estimate_matches_what_a_trial_allocates(int n, int p)
    {
        var rng = new Xoshiro256StarStar(1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var patterns = PatternSet.Random(n, p, rng);
        var state = new HopfieldNetwork(patterns).CreateState(patterns.Pattern(0));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(state);
        long estimate = HopfieldModelKeys.BytesPerTrial(n, p);
        Assert.InRange(allocated, estimate * 0.8, estimate * 1.25);
        Assert.Equal(n >= 8000 ? PatternLayout.Packed : PatternLayout.Wide, patterns.Layout);
    }

    [Fact]
    public void The_large_capacity_point_is_estimated_at_its_bit_packed_size()
    {
        Assert.Equal(PatternLayout.Packed, PatternSet.LayoutFor(100_000, 14_000));
        Assert.InRange(HopfieldModelKeys.BytesPerTrial(100_000, 14_000), 170L << 20, 200L << 20);
        Assert.Empty(HopfieldModelKeys.CheckMemory(100_000, 14_000, "model.N", () => HopfieldModelKeys.BytesPerTrial(100_000, 14_000), 1, 2L << 30));
    }

    [Fact]
    public void A_network_that_does_not_fit_is_refused_with_its_size_and_the_concurrency()
    {
        var error = Assert.Single(HopfieldModelKeys.CheckMemory(100_000, 14_000, "model.N", () => HopfieldModelKeys.BytesPerTrial(100_000, 14_000), 3, 256L << 20));
        Assert.Equal("model.N", error.Path);
        Assert.Contains("MiB (bit-packed rows) per trial × 3 concurrent trials", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capacity_config_beyond_the_exact_integer_limit_gets_a_positioned_error()
    {
        var result = ConfigLoader.LoadText(
            "big.yaml", "experiment: capacity\nmodel:\n  N: [1000, 1000000]\n  alpha: 0.5\nT: 0\n", [], ExperimentCatalog.Schemas);
        Assert.False(result.IsSuccess);
        string error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith("big.yaml:3:", error, StringComparison.Ordinal);
        Assert.Contains("model.N: N = 1000000 with p = 500000", error, StringComparison.Ordinal);
        Assert.Contains("2³¹ − 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_integer_key_beyond_32_bits_is_a_positioned_error_not_an_overflow()
    {
        // found by the config fuzz test: model.K bound to int threw an OverflowException in the cross-check
        var result = ConfigLoader.LoadText("big.yaml", "experiment: dense\nmodel: { N: 100, K: 108293595466440 }\n", [], ExperimentCatalog.Schemas);

        Assert.Equal(["big.yaml:2:21: model.K: must be ≥ 1 and at most 2147483647 (32 bits), got 108293595466440"], result.Errors.Select(e => e.ToString()));
    }
}
