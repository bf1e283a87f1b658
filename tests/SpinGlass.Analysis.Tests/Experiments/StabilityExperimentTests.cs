using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Stability;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Stability.StabilityExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class StabilityExperimentTests(ITestOutputHelper output)
{
    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);

    [Fact]
    public void Gaussian_estimate_gives_Hopfields_bit_error_for_ten_memories_in_one_hundred_neurons()
    {
        double p = StabilityTheory.BitErrorProbability(100, 10, NeuronCoding.Binary);
        double errorFree = StabilityTheory.ErrorFreeRate(100, 10, NeuronCoding.Binary);
        output.WriteLine($"P = {p:F5} (paper 0.0091), (1 − P)^N = {errorFree:F4} (paper e^−0.91 = {Math.Exp(-0.91):F4})");
        Assert.InRange(p, 0.0089, 0.0093);
        Assert.InRange(errorFree, 0.38, 0.42);
    }

    [Fact]
    public void Gaussian_estimate_vanishes_for_one_memory_and_is_smaller_for_spins_than_for_binary_neurons()
    {
        Assert.Equal(0.0, StabilityTheory.BitErrorProbability(100, 1, NeuronCoding.Binary));
        Assert.Equal(0.0, StabilityTheory.BitErrorProbability(100, 1, NeuronCoding.Spin));
        double spin = StabilityTheory.BitErrorProbability(100, 10, NeuronCoding.Spin);
        Assert.InRange(spin, 1e-5, StabilityTheory.BitErrorProbability(100, 10, NeuronCoding.Binary) / 5);
        Assert.True(StabilityTheory.BitErrorProbability(100, 15, NeuronCoding.Binary) > StabilityTheory.BitErrorProbability(100, 10, NeuronCoding.Binary));
    }

    [Fact]
    public void Five_memories_in_one_hundred_binary_neurons_are_almost_always_stable()
    {
        var result = Run(100, 5, NeuronCoding.Binary, trials: 20);
        output.WriteLine($"N = 100, p = 5: zero errors {result[ZeroErrorRate]:F3} ± {result.Error(ZeroErrorRate):F3}");
        Assert.True(result[ZeroErrorRate] >= 0.9, $"{result[ZeroErrorRate]}");
        Assert.True(result[Under5ErrorRate] >= result[ZeroErrorRate]);
    }

    [Fact]
    public void Ten_memories_in_one_hundred_binary_neurons_leave_about_six_in_ten_error_free()
    {
        var result = Run(100, 10, NeuronCoding.Binary, trials: 60);
        output.WriteLine($"N = 100, p = 10: zero errors {result[ZeroErrorRate]:F3} ± {result.Error(ZeroErrorRate):F3} (Hopfield ≈ 0.6), errors {result[ErrorsMean]:F2}");
        Assert.InRange(result[ZeroErrorRate], 0.45, 0.75);
        Assert.InRange(result[BitErrorTheory], 0.0089, 0.0093);
    }

    [Fact]
    public void Spin_neurons_hold_ten_memories_better_than_binary_neurons()
    {
        var spin = Run(100, 10, NeuronCoding.Spin, trials: 20);
        var binary = Run(100, 10, NeuronCoding.Binary, trials: 20);
        Assert.True(spin[ZeroErrorRate] > binary[ZeroErrorRate] + 0.2, $"spin {spin[ZeroErrorRate]}, binary {binary[ZeroErrorRate]}");
    }

    [Fact]
    public void Histogram_pools_every_memory_of_every_trial_and_sums_to_one()
    {
        var experiment = Experiment([new StabilityPoint(30, 6)], NeuronCoding.Binary, trials: 7);
        var result = PointRunner.Run(experiment, seed: 11);
        Assert.Equal(31, result.Payload(ErrorCounts).Length);
        Assert.Equal(7 * 6, result.Payload(ErrorCounts).Sum());
        var outputs = experiment.Finish([result]);
        Assert.Equal(
            "N,p,zero_error_rate,zero_error_rate_err,under5_error_rate,under5_error_rate_err,errors_mean,errors_mean_err,bit_error_theory",
            string.Join(",", outputs.Results.Columns));
        var histogram = Assert.Single(outputs.Tables);
        Assert.Equal("histogram.csv", histogram.Key);
        Assert.Equal(1.0, histogram.Value.Rows.Sum(row => (double)row[3]), 12);
        Assert.Equal(["stability_error_free", "stability_histogram"], outputs.Charts.Select(c => c.Key));
        Assert.All(outputs.Charts, chart => Assert.NotEmpty(chart.Value().Series));
    }

    private static PointRecord Run(int n, int p, NeuronCoding coding, int trials) =>
        PointRunner.Run(Experiment([new StabilityPoint(n, p)], coding, trials), seed: 11);

    private static StabilityExperiment Experiment(IReadOnlyList<StabilityPoint> points, NeuronCoding coding, int trials) =>
        new(new StabilityDefinition(points, coding, ZeroTemperature, trials));
}
