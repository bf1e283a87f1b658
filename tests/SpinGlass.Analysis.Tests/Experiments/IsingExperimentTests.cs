using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Models;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Lattice;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Ising.IsingExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class IsingExperimentTests(ITestOutputHelper output)
{
    public static TheoryData<double, UpdateRule> KaufmanPoints()
    {
        var data = new TheoryData<double, UpdateRule>();
        foreach (var rule in new[] { UpdateRule.Metropolis, UpdateRule.Glauber })
        {
            data.Add(2.0, rule);
            data.Add(OnsagerIsing.CriticalTemperature(), rule);
            data.Add(3.0, rule);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(KaufmanPoints))]
    public void Monte_Carlo_energy_at_L8_agrees_with_Kaufman_within_4_standard_errors(double temperature, UpdateRule rule)
    {
        var result = RunPoint(LatticeKind.Square, 8, temperature, rule, seed: 17);
        double exact = new KaufmanIsing(8).EnergyPerSpin(1 / temperature);
        output.WriteLine($"{rule} T={temperature:F6}: E/N = {result[Energy]:F5} ± {result.Error(Energy):F5}, Kaufman {exact:F7}, C = {result[SpecificHeat]:F3} ± {result.Error(SpecificHeat):F3} (exact {result[SpecificHeatExact]:F3}), τ = {result[TauEnergy]:F1}");
        Assert.Equal(exact, result[EnergyExact], 12);
        Assert.InRange(result.Error(Energy), 1e-5, 5e-3);
        Assert.True(Math.Abs(result[Energy] - exact) < 4 * result.Error(Energy), $"{result[Energy]} ± {result.Error(Energy)} vs {exact}");
        Assert.True(Math.Abs(result[SpecificHeat] - result[SpecificHeatExact]) < 4 * result.Error(SpecificHeat));
    }

    [Fact]
    public void A_sampler_with_beta_mis_scaled_by_20_percent_misses_Kaufman_by_far_more_than_4_standard_errors()
    {
        double temperature = 2.5;
        var broken = RunPoint(LatticeKind.Square, 8, temperature / 1.2, UpdateRule.Metropolis, seed: 17);
        double exact = new KaufmanIsing(8).EnergyPerSpin(1 / temperature);
        Assert.True(Math.Abs(broken[Energy] - exact) > 10 * broken.Error(Energy));
    }

    [Fact]
    public void Monte_Carlo_on_a_ring_in_a_field_agrees_with_the_transfer_matrix()
    {
        var result = RunPoint(LatticeKind.Chain, 12, 1.0, UpdateRule.Glauber, seed: 3, h: 0.4);
        double exact = new IsingRing(12, 1, 0.4).EnergyPerSpin(1.0);
        Assert.Equal(exact, result[EnergyExact], 12);
        Assert.True(Math.Abs(result[Energy] - exact) < 4 * result.Error(Energy), $"{result[Energy]} ± {result.Error(Energy)} vs {exact}");
    }

    [Theory]
    [InlineData(UpdateRule.Metropolis, 0.0)]
    [InlineData(UpdateRule.Glauber, 0.0)]
    public void Checkerboard_order_runs_the_fast_samplers_and_agrees_with_Kaufman(UpdateRule rule, double h)
    {
        double temperature = OnsagerIsing.CriticalTemperature();
        var result = RunPoint(LatticeKind.Square, 8, temperature, rule, seed: 29, h: h, order: SiteOrder.Checkerboard);
        double exact = new KaufmanIsing(8).EnergyPerSpin(1 / temperature);
        string fast = rule == UpdateRule.Metropolis ? "multispin metropolis:" : SquareIsingCheckerboard.IsSupported ? "checkerboard glauber: AVX2" : "markov-chain:";
        Assert.StartsWith(fast, result.Engines["sampler"], StringComparison.Ordinal);
        output.WriteLine($"checkerboard {rule}: E/N = {result[Energy]:F5} ± {result.Error(Energy):F5}, Kaufman {exact:F7}, τ = {result[TauEnergy]:F1}");
        Assert.True(Math.Abs(result[Energy] - exact) < 4 * result.Error(Energy), $"{result[Energy]} ± {result.Error(Energy)} vs {exact}");
        Assert.True(Math.Abs(result[SpecificHeat] - result[SpecificHeatExact]) < 4 * result.Error(SpecificHeat));
    }

    [Theory]
    [InlineData(LatticeKind.Square, 5)]
    [InlineData(LatticeKind.Cubic, 5)]
    public void Checkerboard_order_falls_back_to_the_generic_chain_where_no_fast_sampler_applies(LatticeKind lattice, int l)
    {
        var result = RunPoint(lattice, l, 3.0, UpdateRule.Metropolis, seed: 5, order: SiteOrder.Checkerboard, measure: 4096);
        Assert.StartsWith("markov-chain: IsingLatticeState site access", result.Engines["sampler"], StringComparison.Ordinal);
        Assert.InRange(result[Acceptance], 0.05, 1);
        if (lattice == LatticeKind.Square)
        {
            double exact = new KaufmanIsing(l).EnergyPerSpin(1 / 3.0);
            Assert.True(Math.Abs(result[Energy] - exact) < 4 * result.Error(Energy), $"{result[Energy]} ± {result.Error(Energy)} vs {exact}");
        }
    }

    [Theory]
    [InlineData(LatticeKind.Square, 8, 2.0)]
    [InlineData(LatticeKind.Square, 8, 2.269185314213022)]
    [InlineData(LatticeKind.Square, 8, 3.0)]
    [InlineData(LatticeKind.Chain, 12, 0.8)]
    public void Wolff_clusters_agree_with_the_exact_energy_and_specific_heat_within_4_standard_errors(LatticeKind lattice, int l, double temperature)
    {
        var result = RunPoint(lattice, l, temperature, UpdateRule.Wolff, seed: 23, measure: 20_000);
        double exact = result[EnergyExact];
        output.WriteLine($"wolff {lattice} L={l} T={temperature:F6}: E/N = {result[Energy]:F5} ± {result.Error(Energy):F5}, exact {exact:F7}, " +
            $"C = {result[SpecificHeat]:F3} ± {result.Error(SpecificHeat):F3} (exact {result[SpecificHeatExact]:F3}), τ = {result[TauEnergy]:F2} sweeps, ⟨|C|⟩/N = {result[Acceptance]:F3}");
        Assert.StartsWith("wolff-cluster:", result.Engines["sampler"], StringComparison.Ordinal);
        Assert.Equal("wolff", result.Text(Rule));
        Assert.True(Math.Abs(result[Energy] - exact) < 4 * result.Error(Energy), $"{result[Energy]} ± {result.Error(Energy)} vs {exact}");
        Assert.True(Math.Abs(result[SpecificHeat] - result[SpecificHeatExact]) < 4 * result.Error(SpecificHeat));
        Assert.InRange(result[Acceptance], 1.0 / (l * (lattice == LatticeKind.Chain ? 1 : l)), 1);
    }

    [Fact]
    public void A_field_with_the_wolff_rule_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => Experiment(LatticeKind.Square, 4, 2.0, UpdateRule.Wolff, trials: 1, measure: 512, h: 0.1));
        Assert.Contains("wolff needs h = 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_as_points_give_a_rule_column_a_z_per_rule_and_the_tau_chart()
    {
        double tc = OnsagerIsing.CriticalTemperature();
        IsingPoint[] points = [.. new[] { 4, 6, 8 }.SelectMany(l => new[] { IsingPoint.AtTemperature(l, tc), IsingPoint.AtTemperature(l, tc, UpdateRule.Wolff) })];
        var experiment = new IsingExperiment(new IsingDefinition(LatticeKind.Square, points, 1, 0, SiteOrder.Checkerboard, new RunProtocol(500, 4096), 3));
        var records = points.Select((_, k) => PointRunner.Run(experiment, seed: 9, point: k)).ToArray();
        var report = experiment.Finish(records);
        Assert.StartsWith("L,T,rule,energy", string.Join(",", report.Results.Columns), StringComparison.Ordinal);
        Assert.Contains("tau_energy_err", report.Results.Columns);
        var z = report.Derived.ToDictionary(d => d.Key, d => d.Value);
        output.WriteLine($"z_metropolis = {z["z_metropolis"].Value:F2} ± {z["z_metropolis"].Error:F2}, z_wolff = {z["z_wolff"].Value:F2} ± {z["z_wolff"].Error:F2}");
        Assert.Equal(2.1665, z["z_metropolis"].Reference);
        Assert.Equal(0.25, z["z_wolff"].Reference);
        Assert.All(new[] { z["z_metropolis"], z["z_wolff"] }, value => Assert.InRange(value.Error!.Value, 1e-3, 1));
        Assert.True(z["z_metropolis"].Value > 0, "local updates slow down as L grows");
        Assert.Contains("z_wolff_abs_m", z.Keys);
        Assert.DoesNotContain(z.Keys, key => key.StartsWith("tc_binder_crossing", StringComparison.Ordinal));
        Assert.Contains(report.Charts, c => c.Key == "tau_vs_L");
        Assert.Contains(report.Charts, c => c.Key == "tau_abs_m_vs_L");
        Assert.All(report.Charts, c => Assert.NotNull(c.Value()));
    }

    [Fact]
    public void Trials_are_combined_in_order_so_the_point_result_does_not_depend_on_scheduling()
    {
        var experiment = Experiment(LatticeKind.Square, 4, 2.3, UpdateRule.Metropolis, trials: 3, measure: 512);
        var trials = Enumerable.Range(0, 3).Select(t => (object)experiment.Run(new TrialContext(1, 0, t))).ToArray();
        var again = Enumerable.Range(0, 3).Reverse().Select(t => (object)experiment.Run(new TrialContext(1, 0, t))).Reverse().ToArray();
        Assert.Equal(experiment.Combine(0, trials).Values, experiment.Combine(0, again).Values);
    }

    private static PointRecord RunPoint(
        LatticeKind lattice, int l, double temperature, UpdateRule rule, ulong seed, double h = 0, SiteOrder order = SiteOrder.Random, int measure = 40_000) =>
        PointRunner.Run(Experiment(lattice, l, temperature, rule, trials: 4, measure: measure, h: h, order: order), seed);

    private static IsingExperiment Experiment(
        LatticeKind lattice, int l, double temperature, UpdateRule rule, int trials, int measure, double h = 0, SiteOrder order = SiteOrder.Random) =>
        new(new IsingDefinition(lattice, [IsingPoint.AtTemperature(l, temperature, rule)], 1, h, order, new RunProtocol(2000, measure), trials));
}
