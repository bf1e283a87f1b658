using SpinGlass.Analysis.Experiments.Anneal;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.SpinGlasses;

namespace SpinGlass.Runner.Tests.SpinGlasses;

/// <summary>The <c>anneal</c> config: graph files, the model section, the schedule and target keys, and their errors.</summary>
public sealed class AnnealConfigTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("anneal-config").FullName;

    [Fact]
    public void A_graph_file_is_read_with_weights_default_weights_comments_and_a_vertex_count()
    {
        var graph = GraphFile.Parse("# a square with a diagonal\n0 1 2\n1 2\t3 # tab\n2,3,0.5\n3 0\n\n0 2 -1\nn 6\n", out var error);
        Assert.Null(error);
        Assert.NotNull(graph);
        Assert.Equal(6, graph.N);
        Assert.Equal(5, graph.Edges.Count);
        Assert.Equal(5.5, graph.TotalWeight);
        Assert.Equal((3, 0, 1.0), graph.Edges[3]);
    }

    [Theory]
    [InlineData("0\n", 1, 1, "1 value; a line is `u v w`")]
    [InlineData("0 1 1 1\n", 1, 1, "4 values")]
    [InlineData("0 1 1\n1 0 2\n", 2, 1, "the edge (0, 1) is given twice (also at line 1)")]
    [InlineData("0 1\n2 2 1\n", 2, 3, "an edge joins two different vertices")]
    [InlineData("0 x 1\n", 1, 3, "'x' is not a vertex")]
    [InlineData("0 1 1\n1   2 heavy\n", 2, 7, "'heavy' is not a finite number (the edge weight)")]
    [InlineData("0 1 inf\n", 1, 5, "not a finite number")]
    [InlineData("n 3\n0 1\nn 4\n", 3, 3, "N is declared twice (also at line 1)")]
    [InlineData("n 2\n0 1\n1 2\n", 3, 1, "vertex 2 is outside 0 … 1")]
    [InlineData("n 3\n", 1, 1, "holds no edge")]
    public void Graph_file_errors_name_line_and_column(string text, int line, int column, string expected)
    {
        Assert.Null(GraphFile.Parse(text, out var error));
        Assert.NotNull(error);
        Assert.Equal((line, column), (error.Value.Line, error.Value.Column));
        Assert.Contains(expected, error.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_graph_file_is_reported_at_its_own_line_and_column()
    {
        File.WriteAllText(Path.Combine(_root, "g.txt"), "0 1 2\n1 2 two\n");
        var errors = Errors("experiment: anneal\ngraph: g.txt\n");
        Assert.Contains(errors, e => e.EndsWith("g.txt:2:5: 'two' is not a finite number (the edge weight)", StringComparison.Ordinal));
        Assert.Contains(Errors("experiment: anneal\ngraph: none.txt\n"), e => e.Contains("graph", StringComparison.Ordinal) && e.Contains("none.txt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("graph: g.txt\nmodel: { N: 12 }\n", "model.N: graph gives the model")]
    [InlineData("model: { N: 12 }\ntarget_cut: 3\n", "target_cut: target_cut needs a graph")]
    [InlineData("graph: g.txt\ntarget_cut: 3\ntarget_energy: -2\n", "target_cut: give target_energy or target_cut, not both")]
    [InlineData("model: { kind: sk, N: 12 }\ntarget_energy: -5\n", "target_energy: model.kind sk draws a new instance per trial")]
    [InlineData("schedule: { steps: 10, sweeps_per_step: 5 }\n", "schedule.sweeps_per_step: give schedule.steps or schedule.sweeps_per_step, not both")]
    [InlineData("schedule: { kind: geometric, beta_start: 0 }\n", "schedule.beta_start: a geometric schedule needs β > 0 at both ends")]
    [InlineData("dynamics: { rule: zero-temperature }\n", "dynamics.rule")]
    [InlineData("model: { N: 100000 }\n", "model.N: sk with N = 100000 needs about")]
    public void Config_errors_name_the_key_and_the_reason(string yaml, string expected)
    {
        File.WriteAllText(Path.Combine(_root, "g.txt"), "0 1 1\n1 2 1\n0 2 1\n");
        Assert.Contains(Errors("experiment: anneal\n" + yaml), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_graph_config_binds_one_max_cut_instance_shared_by_every_budget_and_target_cut_becomes_an_energy()
    {
        File.WriteAllText(Path.Combine(_root, "g.txt"), "0 1 1\n1 2 1\n0 2 1\n");
        var experiment = Build("experiment: anneal\ngraph: g.txt\nsweeps: [1, 10]\ntarget_cut: 2\nschedule: { kind: geometric, beta_start: 0.2, beta_end: 4, sweeps_per_step: 2 }\n");
        Assert.Equal(2, experiment.Points.Count);
        Assert.Same(experiment.Points[0].Source, experiment.Points[1].Source);
        Assert.IsType<MaxCutSource>(experiment.Points[0].Source);
        Assert.Equal(-1, experiment.Definition.TargetEnergy); // W − 2 cut = 3 − 4
        Assert.Equal(5, experiment.Definition.ScheduleFor(10).Steps);

        var sk = Build("experiment: anneal\nmodel: { N: [8, 12] }\nsweeps: [5, 50]\n");
        Assert.Equal([0, 0, 1, 1], sk.Points.Select(p => p.Model));
        Assert.Equal([8, 8, 12, 12], sk.Points.Select(p => p.Source.N));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ConfigLoadResult Load(string yaml)
    {
        string path = Path.Combine(_root, "test.yaml");
        File.WriteAllText(path, yaml);
        return ConfigLoader.Load(path, [], ExperimentCatalog.Schemas);
    }

    private string[] Errors(string yaml)
    {
        var result = Load(yaml);
        Assert.False(result.IsSuccess, "expected errors");
        return [.. result.Errors.Select(e => e.ToString())];
    }

    private AnnealExperiment Build(string yaml)
    {
        var result = Load(yaml);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return AnnealConfig.Build(result.Config!);
    }
}
