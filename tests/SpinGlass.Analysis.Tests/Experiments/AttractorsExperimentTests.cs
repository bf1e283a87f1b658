using System.Text.Json;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Attractors;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Sampling;
using static SpinGlass.Analysis.Experiments.Attractors.AttractorsExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class AttractorsExperimentTests
{
    [Theory]
    [InlineData(new[] { 0.95, 0.1, -0.05 }, AttractorClass.Pure, 1)]
    [InlineData(new[] { -0.92, 0.1, 0.0 }, AttractorClass.Pure, 1)]
    [InlineData(new[] { 0.5, -0.48, 0.52, 0.05, 0.1 }, AttractorClass.Mixture, 3)]
    [InlineData(new[] { 0.37, 0.38, -0.36, 0.4, 0.35, 0.05 }, AttractorClass.Mixture, 5)]
    [InlineData(new[] { 0.3, 0.1, 0.05, 0.2 }, AttractorClass.SpinGlass, 0)]
    [InlineData(new[] { 0.5, 0.5, 0.45, 0.4 }, AttractorClass.SpinGlass, 0)]
    public void End_states_are_classified_by_their_overlaps(double[] overlaps, AttractorClass expected, int order)
    {
        Assert.Equal((expected, order), AttractorClassifier.Classify(overlaps));
    }

    [Fact]
    public void At_low_load_random_starts_find_patterns_and_mixtures_and_at_high_load_spin_glass_states()
    {
        var low = Run(0.01);
        var high = Run(0.15);
        Assert.True(low[PureRate] > 0.4, "pure at α = 0.01");
        Assert.True(low[MixtureRate] > 0.05, "mixtures at α = 0.01");
        Assert.InRange(low[EnergyMixture], -0.41, -0.36);
        Assert.True(high[SpinGlassRate] > 0.9, "spin glass at α = 0.15");
    }

    [Fact]
    public void The_end_states_a_chart_reads_survive_saving_and_loading_the_point()
    {
        var experiment = new AttractorsExperiment(new AttractorsDefinition([new CapacityPoint(200, 4, 0.02, 0.3, 1 / 0.3)], 3, 50, 5, SiteOrder.Random, 2));
        var fresh = PointRunner.Run(experiment, seed: 9);
        var loaded = JsonSerializer.Deserialize<PointRecord>(JsonSerializer.SerializeToUtf8Bytes(fresh, PointRecord.JsonOptions), PointRecord.JsonOptions)!;
        Assert.Null(experiment.Outputs.Mismatch(loaded));
        var (before, after) = (fresh.Payload(EndStates), loaded.Payload(EndStates));
        Assert.Equal(before.Length, after.Length);
        for (int t = 0; t < before.Length; t++)
        {
            Assert.Equal(before[t].Classes, after[t].Classes);
            Assert.Equal(before[t].Energies, after[t].Energies);
            Assert.Equal(before[t].Overlaps, after[t].Overlaps);
        }

        Assert.Equal(4, after[0].Overlaps[0].Length);
        Assert.Empty(after[1].Overlaps);
    }

    private static PointRecord Run(double alpha)
    {
        int n = 1000, p = (int)Math.Round(alpha * n);
        return PointRunner.Run(
            new AttractorsExperiment(new AttractorsDefinition([new CapacityPoint(n, p, alpha, 0, double.PositiveInfinity)], 20, 200, 0, SiteOrder.Random, 5)),
            seed: 4);
    }
}
