using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Trajectory.TrajectoryExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class TrajectoryExperimentTests(ITestOutputHelper output)
{
    private static TrajectoryExperiment Experiment(double alpha, double temperature, UpdateRule rule, int sweeps = 20, int trials = 6, int n = 1000) =>
        new(new TrajectoryDefinition(
            [new CapacityPoint(n, (int)Math.Round(alpha * n), alpha, temperature, Temperatures.ToBeta(temperature))],
            NeuronCoding.Spin,
            0.2,
            new ChainProtocol(rule, SiteOrder.Random, 0, 0, sweeps, RelaxAtZeroTemperature: false),
            trials));

    [Fact]
    public void At_zero_temperature_the_energy_never_rises_and_settles_on_the_replica_symmetric_retrieval_energy()
    {
        var experiment = Experiment(0.05, 0, UpdateRule.ZeroTemperature);
        for (int trial = 0; trial < 3; trial++)
        {
            var run = experiment.Run(new TrialContext(4, 0, trial));
            Assert.Equal(21, run.Energy.Length);
            for (int t = 1; t < run.Energy.Length; t++)
            {
                Assert.True(run.Energy[t] <= run.Energy[t - 1], $"trial {trial}: E rose from {run.Energy[t - 1]} to {run.Energy[t]} at sweep {t}");
            }
        }

        var record = PointRunner.Run(experiment, seed: 4);
        output.WriteLine($"α = 0.05: E_final = {record[EnergyFinal]:F5} ± {record.Error(EnergyFinal):F5}, RS {record[EnergyTheory]:F5}; m = {record[OverlapFinal]:F4}; settled after {record[SweepsToFixedPoint]:F2} sweeps");
        Assert.Equal(1.0, record[SettledRate]);
        Assert.True(record[OverlapFinal] > 0.99);
        Assert.True(Math.Abs(record[EnergyFinal] - record[EnergyTheory]) < 4 * record.Error(EnergyFinal) + 0.002);
        Assert.InRange(record[EnergyStart], -0.2, -0.16); // a cue at 20 % noise: m = 0.6, E/N ≈ −m²/2 − crosstalk ≈ −0.18
        var trajectory = record.Payload(MeanTrajectory);
        Assert.Equal(record[EnergyStart], trajectory[0][0], 12);
        Assert.Equal(record[EnergyFinal], trajectory[^1][0], 12);
    }

    [Fact]
    public void Above_capacity_the_overlap_first_rises_then_decays_away_from_the_pattern()
    {
        var record = PointRunner.Run(Experiment(0.2, 0, UpdateRule.ZeroTemperature, sweeps: 25), seed: 9);
        var trajectory = record.Payload(MeanTrajectory);
        double peak = trajectory.Max(row => row[2]);
        output.WriteLine($"α = 0.2: m(0) = {trajectory[0][2]:F3}, peak {peak:F3}, m(25) = {record[OverlapFinal]:F3}");
        Assert.True(peak > trajectory[0][2] + 0.05);
        Assert.True(record[OverlapFinal] < peak - 0.2);
        Assert.Equal(0.0, record[OverlapTheory]);
    }

    [Fact]
    public void At_finite_temperature_nothing_settles_and_the_energy_fluctuates_near_its_equilibrium()
    {
        var record = PointRunner.Run(Experiment(0.05, 0.3, UpdateRule.Glauber, sweeps: 40, trials: 4), seed: 2);
        output.WriteLine($"α = 0.05, T = 0.3: E = {record[EnergyFinal]:F4} ± {record.Error(EnergyFinal):F4} (RS {record[EnergyTheory]:F4}), m = {record[OverlapFinal]:F4} (RS {record[OverlapTheory]:F4})");
        Assert.Equal(0.0, record[SettledRate]);
        Assert.True(double.IsNaN(record[SweepsToFixedPoint]));
        Assert.InRange(record[OverlapFinal] - record[OverlapTheory], -0.03, 0.03);
        Assert.InRange(record[EnergyFinal] - record[EnergyTheory], -0.02, 0.02);
    }
}
