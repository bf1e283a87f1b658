using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Lattice;

namespace SpinGlass.Sampling.Tests.Lattice;

public sealed class LatticeEngineTests
{
    [Fact]
    public void The_word_kernel_names_its_single_xoshiro256_star_star_stream()
    {
        Assert.Equal("multispin metropolis: 64-bit words; xoshiro256**", new SquareIsingMultispin(64, 0.4, new Xoshiro256StarStar(1)).Engine);
        Assert.Equal(
            "multispin metropolis: 64-bit words; xoshiro256**",
            new SquareIsingMultispin(1024, 0.4, new Xoshiro256StarStar(1), kernel: MultispinKernel.Words).Engine);
    }

    [Fact]
    public void The_automatic_kernel_names_the_vector_width_this_machine_runs()
    {
        var sampler = new SquareIsingMultispin(1024, 0.4, new Xoshiro256StarStar(1));
        string expected = sampler.Kernel switch
        {
            MultispinKernel.Vector512 => "multispin metropolis: Vector512 blocks; 16 xoroshiro128++ lane streams",
            MultispinKernel.Vector256 => "multispin metropolis: 2×Vector256 blocks; 16 xoroshiro128++ lane streams",
            _ => "multispin metropolis: 64-bit words; xoshiro256**",
        };
        Assert.Equal(expected, sampler.Engine);
        Assert.Equal(SquareIsingMultispin.Supports(MultispinKernel.Vector512, 1024), sampler.Kernel == MultispinKernel.Vector512);
    }

    [Avx2Theory]
    [InlineData(UpdateRule.Metropolis, "checkerboard metropolis: AVX2 8×int32 lanes; 4 xoshiro256++ lane streams")]
    [InlineData(UpdateRule.Glauber, "checkerboard glauber: AVX2 8×int32 lanes; 4 xoshiro256++ lane streams")]
    public void The_checkerboard_sampler_names_its_rule_and_lane_streams(UpdateRule rule, string engine)
    {
        Assert.Equal(engine, new SquareIsingCheckerboard(8, 0.4, new Xoshiro256StarStar(1), rule).Engine);
    }
}
