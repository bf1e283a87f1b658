using SpinGlass.Analysis.Experiments.Ising;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>The ising config's rules: wolff, a list of rules as points, and wolff's refusal of a field.</summary>
public sealed class IsingConfigTests
{
    [Fact]
    public void A_list_of_rules_runs_every_rule_at_every_size()
    {
        var result = ConfigLoader.LoadText(
            "test.yaml", "experiment: ising\nmodel: { L: [8, 16] }\nT: 2.269\ndynamics: { rule: [metropolis, wolff], measure: 1000 }\n", [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var definition = ((IsingExperiment)ExperimentCatalog.Get("ising").Build(result.Config)).Definition;
        Assert.Equal(
            [(8, UpdateRule.Metropolis), (8, UpdateRule.Wolff), (16, UpdateRule.Metropolis), (16, UpdateRule.Wolff)],
            definition.Points.Select(p => (p.L, p.Rule)));
    }

    [Fact]
    public void Wolff_with_a_field_is_reported_at_the_rule()
    {
        var result = ConfigLoader.LoadText("test.yaml", "experiment: ising\nmodel: { L: 8, h: 0.1 }\nT: 2\ndynamics: { rule: wolff }\n", [], ExperimentCatalog.Schemas);
        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["test.yaml:4:19: dynamics.rule: wolff needs h = 0 (model.h is 0.1): a cluster flip reverses the field energy"],
            result.Errors.Select(e => e.ToString()));
    }
}
