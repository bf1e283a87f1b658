using SpinGlass.Analysis.Exact;
using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Lattice;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>
/// Seeded χ² tests of the configurations of the checkerboard lattice samplers on a 4×4 torus (65 536 states) against
/// exact enumeration, and the same test applied to the samplers run at a β mis-scaled by 20 %, which must fail.
/// </summary>
public sealed class CheckerboardChiSquareTests(ITestOutputHelper output)
{
    // 9 passing cases: a family-wise level of 1 % gives about 1e-3 per case (Bonferroni).
    private const double PassLevel = 1e-3;
    private const int L = 4;
    private const int Chains = 200;
    private const int Thermalize = 100;
    private const int SamplesPerChain = 2000;
    private const int Thin = 3;

    public static TheoryData<string, double, double, double> MultispinCases() => new()
    {
        { "multispin", 0.2, 1.0, 0.0 },
        { "multispin", 0.4, 1.0, 0.0 },
        { "multispin", 0.4, -0.8, 0.0 },
    };

    public static TheoryData<string, double, double, double> CheckerboardCases() => new()
    {
        { "metropolis", 0.2, 1.0, 0.1 },
        { "metropolis", 0.4, 1.0, -0.2 },
        { "metropolis", 0.3, -1.0, 0.3 },
        { "glauber", 0.2, 1.0, 0.1 },
        { "glauber", 0.4, 1.0, 0.0 },
        { "glauber", 0.3, 0.5, -0.4 },
    };

    public static TheoryData<string, double, double, double> BrokenMultispinCases() => new()
    {
        { "multispin", 0.4, 1.0, 0.0 },
    };

    public static TheoryData<string, double, double, double> BrokenCheckerboardCases() => new()
    {
        { "metropolis", 0.4, 1.0, -0.2 },
        { "glauber", 0.4, 1.0, 0.0 },
    };

    [Theory]
    [MemberData(nameof(MultispinCases))]
    public void Sampled_configurations_follow_the_exact_Boltzmann_distribution(string sampler, double beta, double j, double h) =>
        AssertBoltzmann(sampler, beta, j, h);

    [Avx2Theory]
    [MemberData(nameof(CheckerboardCases))]
    public void Sampled_configurations_of_the_AVX2_sampler_follow_the_exact_Boltzmann_distribution(string sampler, double beta, double j, double h) =>
        AssertBoltzmann(sampler, beta, j, h);

    [Theory]
    [MemberData(nameof(BrokenMultispinCases))]
    public void A_sampler_with_beta_mis_scaled_by_20_percent_fails_the_same_test(string sampler, double beta, double j, double h) =>
        AssertBroken(sampler, beta, j, h);

    [Avx2Theory]
    [MemberData(nameof(BrokenCheckerboardCases))]
    public void The_AVX2_sampler_with_beta_mis_scaled_by_20_percent_fails_the_same_test(string sampler, double beta, double j, double h) =>
        AssertBroken(sampler, beta, j, h);

    private void AssertBoltzmann(string sampler, double beta, double j, double h)
    {
        var exact = ExactEnumeration.Compute(new IsingLattice(LatticeKind.Square, L, j, h), beta);
        double p = BoltzmannHistogram.PValue(Sample(sampler, beta, j, h, seed: 2026), exact.Probabilities);
        output.WriteLine($"{sampler} β={beta} J={j} h={h}: p = {p:G4}");
        Assert.True(p > PassLevel, $"χ² p-value {p:G4} for {sampler}, β = {beta}, J = {j}, h = {h}");
    }

    private void AssertBroken(string sampler, double beta, double j, double h)
    {
        var exact = ExactEnumeration.Compute(new IsingLattice(LatticeKind.Square, L, j, h), beta);
        double p = BoltzmannHistogram.PValue(Sample(sampler, 1.2 * beta, j, h, seed: 2026), exact.Probabilities);
        output.WriteLine($"broken {sampler} β={beta}: p = {p:G4}");
        Assert.True(p < PassLevel, $"the broken sampler passed with p = {p:G4} for {sampler}, β = {beta}");
    }

    private static long[] Sample(string sampler, double beta, double j, double h, ulong seed)
    {
        var counts = new long[1 << (L * L)];
        var spins = new sbyte[L * L];
        for (int chainIndex = 0; chainIndex < Chains; chainIndex++)
        {
            var rng = RandomStreams.For(seed, 0, chainIndex);
            for (int i = 0; i < spins.Length; i++)
            {
                spins[i] = rng.NextSpin();
            }

            ILatticeSampler chain = sampler switch
            {
                "multispin" => new SquareIsingMultispin(L, beta, rng, j),
                "metropolis" => new SquareIsingCheckerboard(L, beta, rng, UpdateRule.Metropolis, j, h),
                _ => new SquareIsingCheckerboard(L, beta, rng, UpdateRule.Glauber, j, h),
            };
            chain.SetSpins(spins);
            for (int sweep = 0; sweep < Thermalize; sweep++)
            {
                chain.Sweep();
            }

            for (int sample = 0; sample < SamplesPerChain; sample++)
            {
                for (int sweep = 0; sweep < Thin; sweep++)
                {
                    chain.Sweep();
                }

                chain.CopySpinsTo(spins);
                counts[ExactEnumeration.IndexOf(spins)]++;
            }
        }

        return counts;
    }
}
