using SpinGlass.Analysis.Exact;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Lattice;
using SpinGlass.Sampling.Statistics;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>
/// The mean energy of the checkerboard samplers against Kaufman's exact finite-lattice energy: at L = 8 on every
/// kernel, and at L = 1024 on the vector kernels and the word kernel (which must then agree with each other too).
/// </summary>
public sealed class CheckerboardKaufmanTests(ITestOutputHelper output)
{
    private const double Sigmas = 4;

    [Theory]
    [InlineData("multispin", 2.0)]
    [InlineData("multispin", 2.269185314213022)]
    [InlineData("multispin", 3.0)]
    public void The_energy_at_L_8_agrees_with_Kaufman(string sampler, double temperature) => AssertKaufmanAtL8(sampler, temperature);

    [Avx2Theory]
    [InlineData("metropolis", 2.269185314213022)]
    [InlineData("glauber", 2.269185314213022)]
    public void The_energy_of_the_AVX2_sampler_at_L_8_agrees_with_Kaufman(string sampler, double temperature) => AssertKaufmanAtL8(sampler, temperature);

    [Theory]
    [InlineData("multispin")]
    public void The_energy_at_L_130_with_rows_that_end_mid_word_agrees_with_Kaufman(string sampler) => AssertKaufmanAtL130(sampler);

    [Avx2Theory]
    [InlineData("metropolis")]
    [InlineData("glauber")]
    public void The_energy_of_the_AVX2_sampler_at_L_130_with_rows_that_end_mid_word_agrees_with_Kaufman(string sampler) =>
        AssertKaufmanAtL130(sampler);

    private void AssertKaufmanAtL8(string sampler, double temperature)
    {
        var rng = RandomStreams.For(8, 0, 0);
        ILatticeSampler chain = sampler switch
        {
            "multispin" => new SquareIsingMultispin(8, 1 / temperature, rng),
            "metropolis" => new SquareIsingCheckerboard(8, 1 / temperature, rng),
            _ => new SquareIsingCheckerboard(8, 1 / temperature, rng, UpdateRule.Glauber),
        };
        AssertKaufman(chain, temperature, thermalize: 2000, measure: 100_000);
    }

    private void AssertKaufmanAtL130(string sampler)
    {
        // H = 65: two words per sublattice row, the second holding one spin; 65 is not a multiple of 8 lanes either.
        var rng = RandomStreams.For(130, 0, 0);
        ILatticeSampler chain = sampler switch
        {
            "multispin" => new SquareIsingMultispin(130, 1 / 2.6, rng),
            "metropolis" => new SquareIsingCheckerboard(130, 1 / 2.6, rng),
            _ => new SquareIsingCheckerboard(130, 1 / 2.6, rng, UpdateRule.Glauber),
        };
        AssertKaufman(chain, 2.6, thermalize: 500, measure: 4000);
    }

    [Theory]
    [InlineData(MultispinKernel.Automatic, 2.0)]
    [InlineData(MultispinKernel.Automatic, 3.0)]
    [InlineData(MultispinKernel.Words, 2.0)]
    [InlineData(MultispinKernel.Words, 3.0)]
    public void The_energy_at_L_1024_agrees_with_Kaufman(MultispinKernel kernel, double temperature)
    {
        var chain = new SquareIsingMultispin(1024, 1 / temperature, RandomStreams.For(1024, 0, 0), kernel: kernel);
        output.WriteLine($"kernel {chain.Kernel}");
        AssertKaufman(chain, temperature, thermalize: 300, measure: 1000);
    }

    private void AssertKaufman(ILatticeSampler chain, double temperature, int thermalize, int measure)
    {
        for (int sweep = 0; sweep < thermalize; sweep++)
        {
            chain.Sweep();
        }

        var energy = new BinningAccumulator();
        for (int sweep = 0; sweep < measure; sweep++)
        {
            chain.Sweep();
            energy.Add(chain.Energy / chain.N);
        }

        var estimate = energy.Analyze();
        double exact = new KaufmanIsing(chain.L).EnergyPerSpin(1 / temperature);
        output.WriteLine($"L={chain.L} T={temperature}: e = {estimate.Mean:F6} ± {estimate.Error:F6} (τ = {estimate.TauInt:F1}), Kaufman {exact:F6}");
        Assert.True(Math.Abs(estimate.Mean - exact) < Sigmas * estimate.Error, $"e = {estimate.Mean} ± {estimate.Error}, Kaufman {exact}");
    }
}
