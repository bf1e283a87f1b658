using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Models.Dense;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>The dense config: letters and images like retrieval, β of the exponential, rows order, and their errors.</summary>
public sealed class DenseConfigTests
{
    [Fact]
    public void Letters_give_N_100_and_one_pattern_per_letter_and_rows_take_the_letter_width()
    {
        var definition = Build("""
            experiment: dense
            model: { patterns: letters, letters: abcdefg, n: [3, 2] }
            start: { noise: [0, 0.2] }
            dynamics: { order: rows }
            """);
        Assert.Equal(4, definition.Points.Count);
        Assert.All(definition.Points, p => Assert.Equal((100, 7), (p.N, p.K)));
        Assert.Equal([3, 3, 2, 2], definition.Points.Select(p => p.Power));
        Assert.Equal([0, 0.2, 0, 0.2], definition.Points.Select(p => p.Noise));
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G"], definition.Images!.Names);
        Assert.Equal((SiteOrder.Rows, 10), (definition.Dynamics.Order, definition.Dynamics.RowWidth));
    }

    [Fact]
    public void The_exponential_sweeps_beta_and_the_polynomial_kinds_keep_beta_one()
    {
        var exponential = Build("experiment: dense\nmodel: { N: 40, K: 20, interaction: exponential, beta: {from: 0.5, to: 2, step: 0.5} }\n");
        Assert.Equal([0.5, 1, 1.5, 2], exponential.Points.Select(p => p.InteractionBeta));
        Assert.All(exponential.Points, p => Assert.Equal(Interaction.Exponential, p.Interaction));
        var polynomial = Build("experiment: dense\nmodel: { N: 40, K: 20 }\n");
        Assert.Equal(1, Assert.Single(polynomial.Points).InteractionBeta);
        Assert.Null(polynomial.Images);
        Assert.Equal(0, polynomial.Dynamics.RowWidth);
    }

    [Theory]
    [InlineData(
        "model: { patterns: letters, letters: ABCDEFG, N: 100 }",
        "test.yaml:2:50: model.N: the size and the number of patterns follow from the letters; remove model.N or use patterns: random")]
    [InlineData(
        "model: { patterns: letters, letters: AB1 }",
        "test.yaml:2:38: model.letters: 'AB1' must be one or more of the built-in letters ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData(
        "model: { patterns: images, files: nowhere/*.png }",
        "test.yaml:2:35: model.files: 'nowhere/*.png' names no image file; give comma-separated paths or globs relative to the config, e.g. images/*.png")]
    [InlineData(
        "model: { N: 100, K: 10, beta: 2 }",
        "test.yaml:2:31: model.beta: β belongs to F(x) = e^(βx); it needs interaction: exponential, not polynomial (there F has no β)")]
    [InlineData("model: { N: 100, K: 10, interaction: exponential, beta: 0 }", "test.yaml:2:57: model.beta: must be in (0, 354], got 0")]
    [InlineData("model: { N: 100, K: 10, interaction: exponential, beta: 400 }", "test.yaml:2:57: model.beta: must be in (0, 354], got 400")]
    [InlineData(
        "model: { N: 100, K: 10, interaction: exponential, beta: [1, 12] }\nstart: { noise: 0.3 }",
        "test.yaml:2:57: model.beta: β = 12 with 30 of the 100 bits flipped in the cue puts the cue's own term e^(β(M−N)) at e^(−720), " +
        "where flip costs lose terms below the smallest double; 2·β·(flipped + 1) must stay ≤ 650 (here β ≤ 10.484), or lower start.noise")]
    [InlineData(
        "model: { N: 100, K: 10 }\ndynamics: { order: rows }",
        "test.yaml:3:20: dynamics.order: rows updates one row of an image grid at a time, and random patterns have no grid; use patterns: letters or images, or order: random")]
    [InlineData(
        "model: { patterns: letters }\nT: 0.5\ndynamics: { rule: glauber, order: rows }",
        "test.yaml:4:35: dynamics.order: rows updates a row's neurons together from the same state, which samples no Boltzmann distribution; it needs rule: zero-temperature, not glauber")]
    [InlineData(
        "model: { patterns: letters }\ndynamics: { order: checkerboard }",
        "test.yaml:3:20: dynamics.order: must be one of random, sequential, permutation, rows, got 'checkerboard'")]
    public void A_bad_dense_config_is_reported_at_its_position(string body, string expected)
    {
        var result = ConfigLoader.LoadText("test.yaml", $"experiment: dense\n{body}\n", [], ExperimentCatalog.Schemas);
        Assert.False(result.IsSuccess);
        Assert.Equal([expected], result.Errors.Select(e => e.ToString()));
    }

    private static DenseDefinition Build(string yaml)
    {
        var result = ConfigLoader.LoadText("test.yaml", yaml, [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var experiment = (DenseExperiment)ExperimentCatalog.Get("dense").Build(result.Config);
        return experiment.Definition;
    }
}
