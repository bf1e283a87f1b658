using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Experiments.PhaseDiagram;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class HopfieldExperimentTests(ITestOutputHelper output)
{
    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);

    [Fact]
    public void Below_capacity_the_pattern_is_retrieved_with_the_replica_symmetric_overlap()
    {
        var result = Capacity(n: 2000, alpha: 0.10, trials: 6);
        output.WriteLine($"α = 0.10, N = 2000: m = {result[CapacityExperiment.Overlap]:F5} ± {result.Error(CapacityExperiment.Overlap):F5}, RS {result[CapacityExperiment.OverlapTheory]:F5}");
        Assert.Equal(1.0, result[CapacityExperiment.RetrievalRate]);
        Assert.InRange(result[CapacityExperiment.Overlap] - result[CapacityExperiment.OverlapTheory], -0.003, 0.003);
    }

    [Fact]
    public void Far_above_capacity_the_overlap_collapses()
    {
        var result = Capacity(n: 2000, alpha: 0.25, trials: 4);
        output.WriteLine($"α = 0.25, N = 2000: m = {result[CapacityExperiment.Overlap]:F4}");
        Assert.Equal(0.0, result[CapacityExperiment.OverlapTheory]);
        Assert.Equal(0.0, result[CapacityExperiment.RetrievalRate]);
        Assert.InRange(result[CapacityExperiment.Overlap], 0.0, 0.5);
    }

    [Fact]
    public void Paramagnet_energy_matches_minus_alpha_over_two_T_minus_one()
    {
        var experiment = new PhaseDiagramExperiment(new PhaseDiagramDefinition(
            [new CapacityPoint(1000, 100, 0.1, 1.5, 1 / 1.5)], NeuronCoding.Spin,
            new ChainProtocol(UpdateRule.Glauber, SiteOrder.Random, 0, 100, 200, RelaxAtZeroTemperature: false), 4));
        var result = PointRunner.Run(experiment, seed: 3);
        double energy = result[PhaseDiagramExperiment.Energy], error = result.Error(PhaseDiagramExperiment.Energy);
        double theory = AgsReplicaSymmetric.ParamagnetEnergy(0.1, 1.5);
        output.WriteLine($"paramagnet α = 0.1, T = 1.5: u = {energy:F5} ± {error:F5}, theory {theory:F5}");
        Assert.Equal(-0.1, theory, 10);
        Assert.Equal(theory, result[PhaseDiagramExperiment.EnergyTheory], 10);
        Assert.True(Math.Abs(energy - theory) < 4 * error + 0.002, $"{energy} ± {error}");
        Assert.InRange(result[PhaseDiagramExperiment.Overlap], -0.1, 0.1);
    }

    [Fact]
    public void Finite_temperature_retrieval_follows_the_replica_symmetric_overlap()
    {
        var experiment = new CapacityExperiment(new CapacityDefinition(
            [new CapacityPoint(2000, 100, 0.05, 0.3, 1 / 0.3)], NeuronCoding.Spin, 0,
            new ChainProtocol(UpdateRule.Glauber, SiteOrder.Random, 100, 50, 100), 4, 1.0, 0.8));
        var result = PointRunner.Run(experiment, seed: 8);
        output.WriteLine($"α = 0.05, T = 0.3: m = {result[CapacityExperiment.Overlap]:F4} ± {result.Error(CapacityExperiment.Overlap):F4}, RS {result[CapacityExperiment.OverlapTheory]:F4}");
        Assert.InRange(result[CapacityExperiment.Overlap] - result[CapacityExperiment.OverlapTheory], -0.01, 0.01);
    }

    [Fact]
    public void A_noisy_start_is_cleaned_up_below_capacity_but_not_above_it()
    {
        static double Run(double alpha) => PointRunner.Run(
            new CapacityExperiment(new CapacityDefinition(
                [new CapacityPoint(1000, (int)(alpha * 1000), alpha, 0, double.PositiveInfinity)], NeuronCoding.Spin, 0.2, ZeroTemperature, 4, 1.0, 0.8)),
            seed: 5)[CapacityExperiment.Overlap];

        double below = Run(0.05), above = Run(0.3);
        output.WriteLine($"start 20 % off: α = 0.05 → m = {below:F4}; α = 0.3 → m = {above:F4}");
        Assert.True(below > 0.99);
        Assert.True(above < 0.6);
    }

    private static PointRecord Capacity(int n, double alpha, int trials)
    {
        int p = (int)Math.Round(alpha * n);
        return PointRunner.Run(
            new CapacityExperiment(new CapacityDefinition(
                [new CapacityPoint(n, p, alpha, 0, double.PositiveInfinity)], NeuronCoding.Spin, 0, ZeroTemperature, trials, 1.0, 0.8)),
            seed: 1);
    }
}
