using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Sequence;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Sequences;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Sequence.SequenceExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class SequenceExperimentTests(ITestOutputHelper output)
{
    [Fact]
    public void The_asymmetric_synchronous_network_steps_through_its_sequence_below_capacity_with_the_DCS_overlap()
    {
        var stepping = Stepping();
        var below = Run(stepping, new SequencePoint(1000, 200, 0.2, 1, 1, 0, double.PositiveInfinity), trials: 4);
        var above = Run(stepping, new SequencePoint(1000, 350, 0.35, 1, 1, 0, double.PositiveInfinity), trials: 4);
        output.WriteLine($"alpha 0.2: completed {below[CompletedRate]}, m = {below[Overlap]:F4} ± {below.Error(Overlap):F4} (DCS {below[OverlapTheory]:F4}); alpha 0.35: completed {above[CompletedRate]}, m = {above[Overlap]:F4}");
        Assert.Equal(1.0, below[CompletedRate]);
        Assert.Equal(40, below[Transitions]);
        Assert.Equal(1.0, below[DwellTime]);
        Assert.Equal(SequenceTheory.RecallOverlap(0.2), below[OverlapTheory], 12);
        Assert.InRange(below[Overlap], below[OverlapTheory] - 0.01, below[OverlapTheory] + 0.01);
        Assert.Equal(0.0, above[CompletedRate]);
        Assert.InRange(above[Overlap], -0.1, 0.1);
        Assert.True(double.IsNaN(above[OverlapTheory]));
    }

    [Fact]
    public void Heat_bath_noise_lowers_the_stepping_overlap_as_the_finite_temperature_equations_say()
    {
        var warm = Run(Stepping(), new SequencePoint(1000, 100, 0.1, 1, 1, 0.5, 2), trials: 3);
        output.WriteLine($"alpha 0.1, T 0.5: m = {warm[Overlap]:F4} ± {warm.Error(Overlap):F4}, theory {warm[OverlapTheory]:F4}");
        Assert.Equal(1.0, warm[CompletedRate]);
        Assert.InRange(warm[Overlap], warm[OverlapTheory] - 0.015, warm[OverlapTheory] + 0.015);
    }

    [Fact]
    public void A_delayed_transition_term_moves_the_network_only_above_lambda_one_and_dwells_about_tau()
    {
        var definition = Dwelling(SequenceKernel.Delay);
        var weak = Run(definition, new SequencePoint(500, 4, 0.008, 0.5, 6, 0, double.PositiveInfinity), trials: 3);
        var strong = Run(definition, new SequencePoint(500, 4, 0.008, 1.5, 6, 0, double.PositiveInfinity), trials: 3);
        output.WriteLine($"delay tau = 6: lambda 0.5 transitions {weak[Transitions]}; lambda 1.5 completed {strong[CompletedRate]}, dwell {strong[DwellTime]:F3} ± {strong.Error(DwellTime):F3} (theory {strong[DwellTimeTheory]})");
        Assert.Equal(0.0, weak[Transitions]);
        Assert.Equal(0.0, weak[CompletedRate]);
        Assert.Equal(1.0, strong[CompletedRate]);
        Assert.Equal(6.0, strong[DwellTimeTheory]);

        // the switch itself takes about one sweep beyond the delay
        Assert.InRange(strong[DwellTime], 6.0, 7.5);
    }

    [Fact]
    public void A_step_kernel_switches_earlier_than_its_width_as_Kleinfeld_says()
    {
        var result = Run(Dwelling(SequenceKernel.Step), new SequencePoint(500, 4, 0.008, 2, 8, 0, double.PositiveInfinity), trials: 3);
        output.WriteLine($"step tau = 8, lambda 2: completed {result[CompletedRate]}, dwell {result[DwellTime]:F3} (theory {result[DwellTimeTheory]})");
        Assert.Equal(1.0, result[CompletedRate]);
        Assert.Equal(6.0, result[DwellTimeTheory]);
        Assert.InRange(result[DwellTime], 5.5, 7.5);
    }

    [Fact]
    public void Without_a_delay_the_plain_asymmetric_term_of_Hopfield_1982_loses_a_three_pattern_sequence()
    {
        var definition = new SequenceDefinition([], 1, SequenceKernel.None, false, 0.9, UpdateRule.ZeroTemperature, SiteOrder.Random, 60, 4);
        var result = Run(definition, new SequencePoint(200, 3, 0.015, 1.5, 1, 0, double.PositiveInfinity), trials: 4);
        Assert.Equal(0.0, result[CompletedRate]);
    }

    [Fact]
    public void The_report_has_the_spec_columns_traces_and_charts()
    {
        var definition = Dwelling(SequenceKernel.Delay) with { Sweeps = 30 };
        var points = new[]
        {
            new SequencePoint(200, 3, 0.015, 0.5, 4, 0, double.PositiveInfinity),
            new SequencePoint(200, 3, 0.015, 2.0, 4, 0, double.PositiveInfinity),
        };
        var experiment = new SequenceExperiment(definition with { Points = points, Trials = 2 });
        var results = points.Select((_, k) => PointRunner.Run(experiment, seed: 5, point: k)).ToArray();
        var report = experiment.Finish(results);
        Assert.Equal(
            "N,p,alpha,lambda,delay,T,completed_rate,completed_rate_err,transitions,transitions_err,dwell_time,dwell_time_err,dwell_time_theory,overlap,overlap_err,overlap_theory",
            string.Join(",", report.Results.Columns));
        var traces = Assert.Single(report.Tables);
        Assert.Equal("traces.csv", traces.Key);
        Assert.Equal("N,p,alpha,lambda,delay,T,t,m_1,m_2,m_3", string.Join(",", traces.Value.Columns));
        Assert.Equal(2 * 31, traces.Value.Rows.Count);
        Assert.Equal(1.0, (double)traces.Value.Rows[0][7]);
        Assert.Contains(report.Charts, c => c.Key == "completed_rate");
        Assert.Contains(report.Charts, c => c.Key == "traces_2");
        Assert.All(report.Charts, c => Assert.NotNull(c.Value()));
    }

    [Fact]
    public void Metropolis_is_refused_because_there_is_no_energy()
    {
        var definition = Dwelling(SequenceKernel.Delay) with { Rule = UpdateRule.Metropolis };
        var error = Assert.Throws<ArgumentException>(() => new SequenceExperiment(definition));
        Assert.Contains("no energy", error.Message, StringComparison.Ordinal);
    }

    private static SequenceDefinition Stepping() =>
        new([], 0, SequenceKernel.None, true, 0.5, UpdateRule.Synchronous, SiteOrder.Random, 40, 1);

    private static SequenceDefinition Dwelling(SequenceKernel kernel) =>
        new([], 1, kernel, true, 0.9, UpdateRule.ZeroTemperature, SiteOrder.Random, 60, 1);

    private static PointRecord Run(SequenceDefinition definition, SequencePoint point, int trials) =>
        PointRunner.Run(new SequenceExperiment(definition with { Points = [point], Trials = trials }), seed: 2024);
}
