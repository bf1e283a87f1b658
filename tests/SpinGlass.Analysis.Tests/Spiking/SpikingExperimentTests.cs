using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.Spiking;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Spiking;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Spiking.SpikingExperiment;

namespace SpinGlass.Analysis.Tests.Spiking;

/// <summary>The spiking network retrieves at low load, fails far above capacity, and does not depend on dt.</summary>
public sealed class SpikingExperimentTests(ITestOutputHelper output)
{
    internal static readonly SpikingProtocol Short = new(Duration: 150, CueDuration: 30, Measure: 50);

    [Fact]
    public void The_network_retrieves_at_low_load_and_fails_far_above_capacity()
    {
        var low = PointRunner.Run(Experiment([new SpikingPoint(500, 5, 0.01, 0.1)], trials: 6), seed: 5);
        var high = PointRunner.Run(Experiment([new SpikingPoint(500, 500, 1.0, 0.1)], trials: 3), seed: 5);
        output.WriteLine($"α = 0.01: m = {low[Overlap]:F3} ± {low.Error(Overlap):F3}, retrieval {low[RetrievalRate]}, {low[RateHz]:F1} Hz; binary m = {low[BinaryOverlap]:F3}");
        output.WriteLine($"α = 1: m = {high[Overlap]:F3} ± {high.Error(Overlap):F3}, retrieval {high[RetrievalRate]}; binary m = {high[BinaryOverlap]:F3}");
        Assert.Equal(1.0, low[RetrievalRate]);
        Assert.True(low[Overlap] >= 0.95, $"{low[Overlap]}");
        Assert.InRange(low[RateHz], 30, 300);
        Assert.True(low[BackgroundRateHz] < 2, $"{low[BackgroundRateHz]}");
        Assert.Equal(0.0, high[RetrievalRate]);
        Assert.True(high[Overlap] < 0.5, $"{high[Overlap]}");
    }

    [Fact]
    public void Halving_dt_changes_overlap_and_rate_within_their_errors()
    {
        var coarse = Run(DtPoints, Short, trials: 6);
        var fine = Run(DtPoints, Short with { Dt = Short.Dt / 2 }, trials: 6);
        Assert.All(Disagreements(coarse, fine), d => Assert.Fail(d));
    }

    [Fact]
    public void A_step_of_half_the_synaptic_time_constant_fails_the_same_comparison()
    {
        // the criterion can fail: with dt = τ_s/2 the spikes fall on a 2.5 ms grid and the rates shift far beyond their errors
        var reference = Run(DtPoints, Short, trials: 6);
        var crude = Run(DtPoints, Short with { Dt = 2.5 }, trials: 6);
        Assert.NotEmpty(Disagreements(reference, crude));
    }

    [Fact]
    public void The_srm_network_with_escape_noise_retrieves_at_low_load()
    {
        var definition = Definition([new SpikingPoint(500, 5, 0.01, 0.1)], Short, trials: 4) with { Neurons = new NeuronParameters(NeuronModel.Srm) };
        var result = PointRunner.Run(new SpikingExperiment(definition), seed: 9);
        output.WriteLine($"SRM: m = {result[Overlap]:F3} ± {result.Error(Overlap):F3}, {result[RateHz]:F1} Hz, CV {result[CvIsi]:F3}");
        Assert.Equal(1.0, result[RetrievalRate]);
    }

    [Fact]
    public void The_results_have_the_issue_columns_and_the_first_trial_extras()
    {
        var experiment = Experiment([new SpikingPoint(200, 2, 0.01, 0.1), new SpikingPoint(200, 4, 0.02, 0.1)], trials: 2);
        var records = Enumerable.Range(0, 2).Select(p => PointRunner.Run(experiment, 3, p)).ToArray();
        var outputs = experiment.Finish(records);
        Assert.StartsWith(
            "N,p,alpha,noise,overlap,overlap_err,retrieval_rate,retrieval_rate_err,rate_hz,rate_hz_err,cv_isi,",
            string.Join(",", outputs.Results.Columns) + ",", StringComparison.Ordinal);
        Assert.Equal(["raster.csv", "overlaps.csv"], outputs.Tables.Select(t => t.Key));
        var raster = outputs.Tables[0].Value;
        Assert.Equal(RasterColumns, raster.Columns);
        Assert.NotEmpty(raster.Rows);
        var overlaps = outputs.Tables[1].Value;
        Assert.Equal(OverlapColumns, overlaps.Columns);
        // 2 points × 15 windows of 10 ms × traced patterns (2 and 4)
        Assert.Equal(15 * (2 + 4), overlaps.Rows.Count);
        Assert.Equal(["spiking_raster", "spiking_overlaps", "spiking_retrieval", "spiking_overlap"], outputs.Charts.Select(c => c.Key));
        Assert.All(outputs.Charts, chart => Assert.NotEmpty(chart.Value().Series));
    }

    private static readonly SpikingPoint[] DtPoints = [new(1000, 10, 0.01, 0.1), new(500, 125, 0.25, 0.1)];

    /// <summary>The (point, quantity) pairs of overlap and rate that differ by more than 3 combined standard errors (+ 0.005).</summary>
    private List<string> Disagreements(PointRecord[] a, PointRecord[] b)
    {
        var found = new List<string>();
        for (int k = 0; k < a.Length; k++)
        {
            foreach (var quantity in new[] { Overlap, RateHz })
            {
                double error = Math.Sqrt(Math.Pow(a[k].Error(quantity), 2) + Math.Pow(b[k].Error(quantity), 2));
                string line = $"α = {DtPoints[k].Alpha}, {quantity.Name}: {a[k][quantity]:F4} vs {b[k][quantity]:F4}, combined error {error:F4}";
                output.WriteLine(line);
                if (Math.Abs(a[k][quantity] - b[k][quantity]) > (3 * error) + 0.005)
                {
                    found.Add(line);
                }
            }
        }

        return found;
    }

    internal static SpikingDefinition Definition(IReadOnlyList<SpikingPoint> points, SpikingProtocol protocol, int trials) => new(
        points,
        new HopfieldLearning(LearningRule.Covariance, new LearningOptions(Activity: 0.1)),
        NeuronParameters.Default,
        NetworkDrive.Default,
        protocol,
        new ChainProtocol(UpdateRule.ZeroTemperature, SiteOrder.Random, 200, 0, 1),
        trials);

    private static SpikingExperiment Experiment(SpikingPoint[] points, int trials) => new(Definition(points, Short, trials));

    private static PointRecord[] Run(SpikingPoint[] points, SpikingProtocol protocol, int trials)
    {
        var experiment = new SpikingExperiment(Definition(points, protocol, trials));
        return [.. Enumerable.Range(0, points.Length).Select(p => PointRunner.Run(experiment, 21, p))];
    }
}
