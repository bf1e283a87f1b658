using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Merging;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Merging.MergingExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class MergingExperimentTests(ITestOutputHelper output)
{
    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);

    [Fact]
    public void The_near_memory_starts_exactly_the_given_number_of_bits_from_memory_one()
    {
        var frozen = new ChainProtocol(UpdateRule.ZeroTemperature, SiteOrder.Random, 0, 0, 1);
        var points = Run(Definition([0, 7, 30, 100], NeuronCoding.Binary, trials: 5) with { Dynamics = frozen });
        Assert.Equal([0.0, 7.0, 30.0, 100.0], points.Select(p => p[FinalDistance]));
        Assert.All(points, p => Assert.Equal(0.0, p.Error(FinalDistance)));
        Assert.Equal(1.0, points[0][FusedRate]);
    }

    [Fact]
    public void Fusion_rises_as_the_two_memories_come_closer_in_Hopfields_binary_network()
    {
        var points = Run(Definition([30, 20, 10], NeuronCoding.Binary, trials: 200));
        foreach (var p in points)
        {
            output.WriteLine($"d = {p[Distance]}: stable {p[BothStableRate]:F3}, displaced {p[DisplacedRate]:F3}, fused {p[FusedRate]:F3}, final {p[FinalDistance]:F1}");
            Assert.Equal(1.0, p[BothStableRate] + p[DisplacedRate] + p[FusedRate], 12);
        }

        Assert.True(points[2][FusedRate] > points[0][FusedRate] + 0.3, $"fused {points[2][FusedRate]} at 10, {points[0][FusedRate]} at 30");
        Assert.True(points[0][FinalDistance] > points[1][FinalDistance] && points[1][FinalDistance] > points[2][FinalDistance]);
    }

    [Fact]
    public void At_distance_thirty_both_memories_of_a_spin_network_usually_stay_stable()
    {
        var points = Run(Definition([30], NeuronCoding.Spin, trials: 40));
        output.WriteLine($"spin, d = 30: stable {points[0][BothStableRate]:F3} ± {points[0].Error(BothStableRate):F3}");
        Assert.True(points[0][BothStableRate] > 0.5, $"{points[0][BothStableRate]}");
    }

    [Fact]
    public void Random_memory_pairs_sit_fifty_plus_or_minus_five_bits_apart_in_one_hundred_neurons()
    {
        var definition = Definition([20], NeuronCoding.Binary, trials: 30);
        var outputs = new MergingExperiment(definition).Finish(Run(definition));
        var mean = outputs.Derived.Single(d => d.Key == "random_pair_distance").Value;
        var spread = outputs.Derived.Single(d => d.Key == "random_pair_distance_sd").Value;
        output.WriteLine($"pairs: {mean.Value:F2} ± {mean.Error:F2}, sd {spread.Value:F2}");
        Assert.Equal(50.0, mean.Reference);
        Assert.InRange(mean.Value, 49, 51);
        Assert.InRange(spread.Value, 4, 6);
        Assert.Equal(
            "distance,both_stable_rate,both_stable_rate_err,displaced_rate,displaced_rate_err,fused_rate,fused_rate_err,final_distance,final_distance_err",
            string.Join(",", outputs.Results.Columns));
        Assert.Equal("merging_rates", Assert.Single(outputs.Charts).Key);
        Assert.Equal(6, outputs.Charts[0].Value().Series.Count);
    }

    [Fact]
    public void A_distance_beyond_N_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new MergingExperiment(Definition([101], NeuronCoding.Binary, trials: 1)));
    }

    private static MergingDefinition Definition(int[] distances, NeuronCoding coding, int trials) =>
        new(distances, 100, 8, coding, ZeroTemperature, 0, trials);

    private static List<PointRecord> Run(MergingDefinition definition)
    {
        var experiment = new MergingExperiment(definition);
        return [.. Enumerable.Range(0, experiment.PointCount).Select(point => PointRunner.Run(experiment, seed: 5, point: point))];
    }
}
