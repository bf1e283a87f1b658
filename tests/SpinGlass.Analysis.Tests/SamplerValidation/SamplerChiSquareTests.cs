using SpinGlass.Analysis.Exact;
using SpinGlass.Sampling;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>
/// Seeded χ² tests of sampled configuration histograms against exact enumeration, for every model × rule at two β,
/// and the same test applied to a deliberately broken sampler (β mis-scaled by 20 %), which must fail.
/// </summary>
public sealed class SamplerChiSquareTests(ITestOutputHelper output)
{
    // 40 (model, rule, β) cases: a family-wise level of 1 % gives 2.5e-4 per case (Bonferroni).
    private const double PassLevel = 2.5e-4;

    public static TheoryData<string, double, UpdateRule> Cases()
    {
        var data = new TheoryData<string, double, UpdateRule>();
        foreach (var (name, beta) in SmallModels.Cases())
        {
            data.Add(name, beta, UpdateRule.Metropolis);
            data.Add(name, beta, UpdateRule.Glauber);
        }

        return data;
    }

    public static TheoryData<string, double, UpdateRule> BrokenCases()
    {
        var data = new TheoryData<string, double, UpdateRule>();
        foreach (var (name, beta) in SmallModels.Cases().GroupBy(c => c.Name).Select(g => g.MaxBy(c => c.Beta)))
        {
            data.Add(name, beta, UpdateRule.Metropolis);
            data.Add(name, beta, UpdateRule.Glauber);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sampled_configurations_follow_the_exact_Boltzmann_distribution(string model, double beta, UpdateRule rule)
    {
        var energyModel = SmallModels.Get(model);
        var exact = ExactEnumeration.Compute(energyModel, beta);
        var counts = BoltzmannHistogram.Sample(energyModel, rule, beta, seed: 2026);
        double p = BoltzmannHistogram.PValue(counts, exact.Probabilities);
        output.WriteLine($"{model} {rule} β={beta}: p = {p:G4}");
        Assert.True(p > PassLevel, $"χ² p-value {p:G4} for {model}, {rule}, β = {beta}");
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void A_sampler_with_beta_mis_scaled_by_20_percent_fails_the_same_test(string model, double beta, UpdateRule rule)
    {
        var energyModel = SmallModels.Get(model);
        var exact = ExactEnumeration.Compute(energyModel, beta);
        var counts = BoltzmannHistogram.Sample(energyModel, rule, 1.2 * beta, seed: 2026);
        double p = BoltzmannHistogram.PValue(counts, exact.Probabilities);
        output.WriteLine($"broken {model} {rule} β={beta}: p = {p:G4}");
        Assert.True(p < PassLevel, $"the broken sampler passed with p = {p:G4} for {model}, {rule}, β = {beta}");
    }
}
