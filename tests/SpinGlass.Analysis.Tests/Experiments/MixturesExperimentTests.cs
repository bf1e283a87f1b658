using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Mixtures;
using SpinGlass.Sampling;
using static SpinGlass.Analysis.Experiments.Mixtures.MixturesExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class MixturesExperimentTests
{
    [Fact]
    public void A_three_mixture_is_a_stable_state_at_zero_temperature_with_overlap_one_half_and_energy_minus_three_eighths()
    {
        var result = Run(3, 0);
        Assert.Equal(0.5, result[MixtureOverlapTheory], 12);
        Assert.Equal(-0.375, result[EnergyTheory], 12);
        Assert.Equal(1.0, result[StableRate]);
        Assert.InRange(result[MixtureOverlap], 0.48, 0.52);
        Assert.InRange(result[Energy], -0.39, -0.36);
    }

    [Fact]
    public void Above_the_mean_field_stability_temperature_the_three_mixture_decays_to_a_pure_state()
    {
        var result = Run(3, 0.6);
        Assert.Equal(0.0, result[StableRate]);
        Assert.InRange(result[Energy], -0.5, -0.35); // a pure state's energy, below the mixture's −(3/2) m_3(0.6)² ≈ −0.21
    }

    private static PointRecord Run(int order, double temperature) => PointRunner.Run(
        new MixturesExperiment(new MixturesDefinition(
            [new MixturePoint(2000, 5, order, temperature, Temperatures.ToBeta(temperature))], new ChainProtocol(UpdateRule.Glauber, SiteOrder.Random, 100, 50, 100), 4)),
        seed: 2);
}
