using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Models;
using SpinGlass.Sampling;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Ising.IsingExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

/// <summary>The ising experiment on the simple cubic lattice (multispin sampler, Binder crossing) and in permutation order.</summary>
public sealed class IsingCubicTests(ITestOutputHelper output)
{
    private const double CubicCriticalTemperature = 4.5115232;

    [Fact]
    public void Checkerboard_metropolis_on_a_cubic_lattice_runs_the_multispin_sampler_and_agrees_with_the_generic_chain()
    {
        var fast = RunPoint(SiteOrder.Checkerboard);
        var generic = RunPoint(SiteOrder.Sequential);
        Assert.StartsWith("simple cubic multispin metropolis: ", fast.Engines["sampler"], StringComparison.Ordinal);
        Assert.StartsWith("markov-chain:", generic.Engines["sampler"], StringComparison.Ordinal);
        double z = (fast[Energy] - generic[Energy]) / Math.Sqrt((fast.Error(Energy) * fast.Error(Energy)) + (generic.Error(Energy) * generic.Error(Energy)));
        output.WriteLine($"L = 6, T = 4.8: multispin e = {fast[Energy]:F5} ± {fast.Error(Energy):F5}, generic {generic[Energy]:F5} ± {generic.Error(Energy):F5}, z = {z:F2}");
        Assert.True(Math.Abs(z) < 4, $"z = {z}");
        Assert.InRange(fast[Acceptance], 0.2, 0.6);

        static PointRecord RunPoint(SiteOrder order) => PointRunner.Run(
            new IsingExperiment(new IsingDefinition(
                LatticeKind.Cubic, [IsingPoint.AtTemperature(6, 4.8)], 1, 0, order, new RunProtocol(300, order == SiteOrder.Checkerboard ? 20_000 : 5_000), 2)),
            seed: 31);
    }

    [Fact]
    public void The_Binder_cumulants_of_L4_and_L8_cross_near_the_simple_cubic_critical_temperature()
    {
        double[] temperatures = [4.3, 4.4, 4.5, 4.6, 4.7];
        IsingPoint[] points = [.. new[] { 4, 8 }.SelectMany(l => temperatures.Select(t => IsingPoint.AtTemperature(l, t)))];
        var experiment = new IsingExperiment(new IsingDefinition(LatticeKind.Cubic, points, 1, 0, SiteOrder.Checkerboard, new RunProtocol(1000, 30_000), 4));
        var report = experiment.Finish([.. points.Select((_, k) => PointRunner.Run(experiment, seed: 2026, point: k))]);
        var crossing = report.Derived.Single(d => d.Key == "tc_binder_crossing").Value;
        output.WriteLine($"T_c(L4, L8) = {crossing.Value:F4} ± {crossing.Error:F4} (reference {crossing.Reference})");
        Assert.Equal(CubicCriticalTemperature, crossing.Reference);
        Assert.InRange(crossing.Error!.Value, 1e-4, 0.03);

        // the L = 4/8 crossing sits a little below T_c (corrections to scaling); 0.06 is about 1.3 % of T_c
        Assert.InRange(crossing.Value, CubicCriticalTemperature - 0.06, CubicCriticalTemperature + 0.06);
    }

    [Fact]
    public void Permutation_order_samples_the_square_lattice_at_Kaufman_s_energy()
    {
        double temperature = 2.5;
        var experiment = new IsingExperiment(new IsingDefinition(
            LatticeKind.Square, [IsingPoint.AtTemperature(4, temperature)], 1, 0, SiteOrder.Permutation, new RunProtocol(500, 20_000), 2));
        var result = PointRunner.Run(experiment, seed: 12);
        double exact = new KaufmanIsing(4).EnergyPerSpin(1 / temperature);
        output.WriteLine($"permutation L = 4, T = 2.5: e = {result[Energy]:F5} ± {result.Error(Energy):F5}, Kaufman {exact:F6}");
        Assert.Contains("metropolis, permutation order", result.Engines["sampler"], StringComparison.Ordinal);
        Assert.True(Math.Abs(result[Energy] - exact) < 4 * result.Error(Energy), $"{result[Energy]} ± {result.Error(Energy)} vs {exact}");
    }
}
