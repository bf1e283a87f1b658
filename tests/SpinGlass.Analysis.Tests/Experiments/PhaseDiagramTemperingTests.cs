using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.PhaseDiagram;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class PhaseDiagramTemperingTests(ITestOutputHelper output)
{
    private static readonly double[] Ladder = [0.25, 0.4, 0.7, 1.2];

    [Fact]
    public void A_tempered_ladder_gives_the_exact_energy_of_each_trials_own_network_at_every_T()
    {
        const int N = 10, P = 3, Trials = 8;
        CapacityPoint[] points = [new(N, P, 0.3, 0, double.PositiveInfinity), .. Ladder.Select(t => new CapacityPoint(N, P, 0.3, t, 1 / t))];
        var definition = new PhaseDiagramDefinition(
            points, NeuronCoding.Spin, new ChainProtocol(UpdateRule.Metropolis, SiteOrder.Random, 0, 200, 3000, RelaxAtZeroTemperature: false), Trials, Tempering: true);
        var experiment = new PhaseDiagramExperiment(definition);
        for (int k = 1; k < points.Length; k++)
        {
            var record = PointRunner.Run(experiment, seed: 6, point: k);
            // the ladder's patterns come from its coldest point (index 1) in the trial's stream
            double exact = GroupedPointsExact.EnergyPerSpin(points, k, lead: 1, seed: 6, Trials);
            double energy = record[PhaseDiagramExperiment.Energy], error = record.Error(PhaseDiagramExperiment.Energy);
            output.WriteLine($"T = {points[k].T}: u = {energy:F4} ± {error:F4}, exact {exact:F4}; {record.Engines["sampler"]}");
            Assert.InRange(energy, exact - 0.005, exact + 0.005);
            Assert.StartsWith("parallel tempering (4 temperatures)", record.Engines["sampler"], StringComparison.Ordinal);
        }

        Assert.StartsWith("markov-chain", PointRunner.Run(experiment, seed: 6, point: 0).Engines["sampler"], StringComparison.Ordinal);
    }
}
