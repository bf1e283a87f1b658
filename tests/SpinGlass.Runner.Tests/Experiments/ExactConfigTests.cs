using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Exact;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>The exact config: the seeds' triangle, the grouping of (model, T) points, and the size limits.</summary>
public sealed class ExactConfigTests
{
    [Fact]
    public void The_seeds_three_neuron_network_has_four_ground_states_not_two()
    {
        // seeds: w01 = 2, w02 = −1, w12 = 1, "the minima occur at [1, 1, 1] and [−1, −1, −1]"; the product of the couplings
        // is negative (a frustrated triangle) and ++− and −−+ have the same energy −2: the seeds' own code prints all four
        var result = ConfigLoader.Load(Path.Combine(CliHarness.RepositoryRoot, "configs", "exact-triangle.yaml"), ["T=[0, 1]"], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var experiment = (ExactExperiment)ExperimentCatalog.Get("exact").Build(result.Config);
        var records = Enumerable.Range(0, experiment.PointCount).Select(p => PointRunner.Run(experiment, 1, p)).ToArray();
        var sample = Assert.Single(records[0].Payload(ExactExperiment.Samples));
        Assert.Equal((-2.0, 4L, 4L), (sample.GroundEnergy, sample.Degeneracy, sample.LocalMinima));
        Assert.Equal(["+++", "++-", "--+", "---"], sample.Minima.Select(m => m.State));
        Assert.All(sample.Minima, m => Assert.Equal((1, true), (m.FlatFlips, m.Ground)));
        Assert.Equal([-2.0, -2.0, -2.0, -2.0, 0.0, 0.0, 4.0, 4.0], sample.Histogram.SelectMany(l => Enumerable.Repeat(l.Energy, (int)l.Count)));
        Assert.Equal(-2.0 / 3, records[0][ExactExperiment.Energy], 15);
    }

    [Fact]
    public void Temperatures_of_one_model_point_share_it_and_sizes_make_new_ones()
    {
        var result = ConfigLoader.LoadText("test.yaml", "experiment: exact\nmodel: { kind: sk, N: [6, 8] }\nT: [0.5, 1, 2]\ntrials: 4\n", [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var definition = ((ExactExperiment)ExperimentCatalog.Get("exact").Build(result.Config)).Definition;
        Assert.Equal(2, definition.Models.Count);
        Assert.Equal([6, 6, 6, 8, 8, 8], definition.Points.Select(p => p.N));
        Assert.Equal([0, 0, 0, 1, 1, 1], definition.Points.Select(p => p.Model));
        Assert.Equal(4, definition.Trials);
    }

    [Theory]
    [InlineData("model: { kind: sk, N: 33 }\nT: 1", "model: N = 33: exact enumeration visits all 2^N states and stops at N = 32")]
    [InlineData("model: { kind: sk, N: 30 }\nT: 1", "overlaps: N = 30: exact overlaps need a 2^N table of doubles (8192 MiB)")]
    [InlineData("model: { couplings: tri.txt }\nT: 1\ntrials: 3", "trials: a fixed instance (couplings file) is the same in every trial")]
    public void A_config_beyond_the_limits_is_refused_with_the_reason(string body, string expected)
    {
        string directory = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "tri.txt"), "0 1 1\n1 2 1\n0 2 -1\n");
            string path = Path.Combine(directory, "test.yaml");
            File.WriteAllText(path, $"experiment: exact\n{body}\n");
            var result = ConfigLoader.Load(path, [], ExperimentCatalog.Schemas);
            Assert.False(result.IsSuccess);
            Assert.Contains(result.Errors, e => e.ToString().Contains(expected, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Thirty_spins_without_overlaps_pass_the_checks()
    {
        var result = ConfigLoader.LoadText("test.yaml", "experiment: exact\nmodel: { kind: sk, N: 30 }\nT: 1\noverlaps: false\n", [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
    }
}
