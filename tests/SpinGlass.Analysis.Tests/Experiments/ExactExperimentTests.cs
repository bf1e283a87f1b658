using SpinGlass.Analysis.Exact.Enumeration;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Exact;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Couplings;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class ExactExperimentTests
{
    private static readonly double[] Temperatures = [0, 0.5, 2];

    private static ExactExperiment Experiment(int trials = 3) => new(new ExactDefinition(
        [ModelSources.SherringtonKirkpatrick(6, gaussian: true), ModelSources.SherringtonKirkpatrick(8, gaussian: true)],
        [.. new[] { 6, 8 }.SelectMany((n, model) => Temperatures.Select(t => new ExactPoint(model, n, 0, t, t == 0 ? double.PositiveInfinity : 1 / t)))],
        trials,
        Seed: 42,
        Overlaps: true));

    private static PointRecord[] RunAll(ExactExperiment experiment) =>
        [.. Enumerable.Range(0, experiment.PointCount).Select(p => PointRunner.Run(experiment, 42, p))];

    [Fact]
    public void Every_temperature_of_a_model_point_sees_the_same_disorder_samples_whatever_the_order()
    {
        var forward = RunAll(Experiment());
        var backward = Experiment();
        var reversed = Enumerable.Range(0, backward.PointCount).Reverse().Select(p => (p, PointRunner.Run(backward, 42, p))).OrderBy(x => x.p).Select(x => x.Item2).ToArray();
        for (int p = 0; p < forward.Length; p++)
        {
            Assert.Equal(forward[p].Values, reversed[p].Values);
        }

        // at T = 0 every sample sits in its ground states: the energy column is the mean ground energy per spin
        var samples = forward[0].Payload(ExactExperiment.Samples);
        Assert.Equal(3, samples.Length);
        Assert.Equal(samples.Average(s => s.GroundEnergy) / 6, forward[0][ExactExperiment.Energy], 12);
        Assert.Empty(forward[1].Payload(ExactExperiment.Samples));
        Assert.True(forward[1].Error(ExactExperiment.Energy) > 0);
    }

    [Fact]
    public void The_report_writes_minima_histograms_overlaps_and_derived_values_per_size()
    {
        var experiment = Experiment(trials: 2);
        var output = experiment.Finish(RunAll(experiment));
        Assert.Equal(["minima.csv", "energy_histogram.csv", "overlap_distribution.csv"], output.Tables.Select(t => t.Key));
        var derived = output.Derived.ToDictionary(d => d.Key, d => d.Value);
        Assert.Contains("ground_energy_per_spin_N8", derived.Keys);
        Assert.Equal(2, derived["ground_degeneracy_N6"].Value);   // SK at h = 0: the pair ±s*
        var histogram = output.Tables.Single(t => t.Key == "energy_histogram.csv").Value;
        Assert.Equal(2 * ((1 << 6) + (1 << 8)), histogram.Rows.Sum(r => (long)r[^1]));
        Assert.Equal(["energy", "specific_heat", "binder_g", "overlap_distribution"], output.Charts.Select(c => c.Key));
        foreach (var chart in output.Charts)
        {
            Assert.NotEmpty(chart.Value().Series);
        }
    }

    [Fact]
    public void A_fixed_instance_has_exact_values_without_errors()
    {
        var ring = new BondList(5, [.. Enumerable.Range(0, 5).Select(i => (i, (i + 1) % 5, 1.0))]);
        var experiment = new ExactExperiment(new ExactDefinition(
            [ModelSources.Couplings(ring, "ring.txt")], [new ExactPoint(0, 5, 0, 1, 1)], 1, 1, Overlaps: true));
        var record = PointRunner.Run(experiment, 1);
        var direct = ExactSolver.Solve(PairwiseForm.Of(ring), [1.0]).Rows[0];
        Assert.Equal(direct.Energy, record[ExactExperiment.Energy]);
        Assert.Equal(direct.BinderG, record[ExactExperiment.BinderG]);
        Assert.True(double.IsNaN(record.Error(ExactExperiment.Energy)));
    }
}
