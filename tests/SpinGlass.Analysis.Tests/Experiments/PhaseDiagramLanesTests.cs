using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.PhaseDiagram;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class PhaseDiagramLanesTests(ITestOutputHelper output)
{
    private static readonly double[] Temperatures = [0.5, 0.7, 1.0, 1.4, 2.0];

    [Theory]
    [InlineData(UpdateRule.Glauber)]
    [InlineData(UpdateRule.Metropolis)]
    public void Lanes_give_the_exact_energy_of_each_trials_own_network_at_every_T(UpdateRule rule)
    {
        const int N = 10, P = 3, Trials = 8;
        CapacityPoint[] points = [new(N, P, 0.3, 0, double.PositiveInfinity), .. Temperatures.Select(t => new CapacityPoint(N, P, 0.3, t, 1 / t))];
        var definition = new PhaseDiagramDefinition(
            points, NeuronCoding.Spin, new ChainProtocol(rule, SiteOrder.Random, 0, 200, 4000, RelaxAtZeroTemperature: false), Trials, Lanes: true);
        var experiment = new PhaseDiagramExperiment(definition);
        for (int k = 1; k < points.Length; k++)
        {
            var record = PointRunner.Run(experiment, seed: 7, point: k);
            // the group's patterns come from its first point (T = 0, index 0) in the trial's stream
            double exact = GroupedPointsExact.EnergyPerSpin(points, k, lead: 0, seed: 7, Trials);
            double energy = record[PhaseDiagramExperiment.Energy], error = record.Error(PhaseDiagramExperiment.Energy);
            output.WriteLine($"{rule} T = {points[k].T}: u = {energy:F4} ± {error:F4}, exact {exact:F4}; {record.Engines["sampler"]}");
            Assert.InRange(energy, exact - 0.006, exact + 0.006);
            Assert.Equal("HopfieldLanes (6 temperatures in 16 lanes)", record.Engines["sampler"]);
        }

        // T = 0 is a lane too: from ξ¹ the chain stays in its (exact, zero-temperature) minimum
        var cold = PointRunner.Run(experiment, seed: 7, point: 0);
        Assert.Equal("HopfieldLanes (6 temperatures in 16 lanes)", cold.Engines["sampler"]);
    }

    [Fact]
    public void Lanes_refuse_binary_neurons_other_orders_and_tempering()
    {
        CapacityPoint[] points = [new(20, 2, 0.1, 0.5, 2)];
        var protocol = new ChainProtocol(UpdateRule.Glauber, SiteOrder.Random, 0, 10, 10, RelaxAtZeroTemperature: false);
        Assert.Throws<ArgumentException>(() => new PhaseDiagramExperiment(new PhaseDiagramDefinition(points, NeuronCoding.Binary, protocol, 1, Lanes: true)));
        Assert.Throws<ArgumentException>(() => new PhaseDiagramExperiment(new PhaseDiagramDefinition(points, NeuronCoding.Spin, protocol with { Order = SiteOrder.Sequential }, 1, Lanes: true)));
        Assert.Throws<ArgumentException>(() => new PhaseDiagramExperiment(new PhaseDiagramDefinition(points, NeuronCoding.Spin, protocol, 1, Tempering: true, Lanes: true)));
    }
}
