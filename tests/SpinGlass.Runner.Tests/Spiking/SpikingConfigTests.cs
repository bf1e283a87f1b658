using SpinGlass.Analysis.Experiments.Spiking;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Spiking;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Spiking;

/// <summary>The spiking config: the shipped file, the defaults, and one positioned line per bad value.</summary>
public sealed class SpikingConfigTests
{
    [Fact]
    public void The_shipped_config_is_the_done_when_point()
    {
        var result = ConfigLoader.Load(Path.Combine(CliHarness.RepositoryRoot, "configs", "spiking.yaml"), [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var definition = ((SpikingExperiment)ExperimentCatalog.Get("spiking").Build(result.Config)).Definition;
        var point = Assert.Single(definition.Points);
        Assert.Equal(new SpikingPoint(1000, 5, 0.005, 0.1), point);
        Assert.Equal((LearningRule.Covariance, 0.1), (definition.Learning.Rule, definition.Coding));
        Assert.Equal(NeuronModel.Lif, definition.Neurons.Model);
    }

    [Fact]
    public void Left_out_keys_take_the_documented_defaults_and_alpha_sets_p()
    {
        var result = ConfigLoader.LoadText("test.yaml", "experiment: spiking\nmodel: { N: 400, alpha: [0.05, 0.1], neuron: srm, rho0: 200 }\ncue: { noise: 0.2 }\n", [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var definition = ((SpikingExperiment)ExperimentCatalog.Get("spiking").Build(result.Config)).Definition;
        Assert.Equal([20, 40], definition.Points.Select(p => p.P));
        Assert.All(definition.Points, p => Assert.Equal(0.2, p.Noise));
        Assert.Equal(NeuronParameters.Default with { Model = NeuronModel.Srm, Rho0 = 0.2 }, definition.Neurons);
        Assert.Equal(NetworkDrive.Default, definition.Drive);
        Assert.Equal(SpikingProtocol.Default, definition.Protocol);
        Assert.Equal(10, definition.Trials);
    }

    [Theory]
    [InlineData("cue: { noise: 1.5 }", "test.yaml:3:15: cue.noise:")]
    [InlineData("dt: 4", "test.yaml:3:5: dt: dt = 4 ms is above min(τ_m, τ_s)/2 = 2.5 ms")]
    [InlineData("model: { N: 100, tau_m: -1 }", "test.yaml:2:25: model.tau_m:")]
    [InlineData("model: { N: 100, neuron: izhikevich }", "test.yaml:2:26: model.neuron:")]
    [InlineData("model: { N: 100, reset: 1 }", "test.yaml:2:25: model.reset: the reset u_r = 1 must lie below the firing threshold ϑ = 1")]
    [InlineData("measure: 400", "test.yaml:3:10: measure: the measuring stretch (400 ms) is longer than the recall (duration 300 ms)")]
    [InlineData("model: { N: 100, rule: hebb, threshold: 0.2 }", "test.yaml:2:41: model.threshold: model.threshold belongs to rule covariance")]
    public void A_bad_value_is_one_line_with_its_file_line_and_column(string line, string expected)
    {
        string text = line.StartsWith("model", StringComparison.Ordinal) ? $"experiment: spiking\n{line}\n" : $"experiment: spiking\nmodel: {{ N: 100 }}\n{line}\n";
        var result = ConfigLoader.LoadText("test.yaml", text, [], ExperimentCatalog.Schemas);
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors).ToString();
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }
}
