using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class ConfigValueTests
{
    [Fact]
    public void Scalars_resolve_to_typed_values_and_defaults_fill_the_rest()
    {
        var config = Resolve("""
            experiment: ising
            model: { L: 16, lattice: cubic }
            T: 0.5
            seed: 42
            trials: 3
            record_series: true
            """);

        Assert.Equal("ising", config.Kind);
        Assert.Equal("test", config.Name);
        Assert.Equal(42UL, config.Seed);
        Assert.Equal(3, config.Trials);
        Assert.Equal(16L, config.GetInt("model.L"));
        Assert.Equal("cubic", config.GetText("model.lattice"));
        Assert.Equal(0.5, config.GetReal("T"));
        Assert.True(config.GetBool("record_series"));
        Assert.Equal("metropolis", config.GetText("dynamics.rule"));
        Assert.Equal(100L, config.GetInt("dynamics.thermalize"));
        Assert.True(config.IsGiven("T"));
        Assert.False(config.IsGiven("dynamics.rule"));
        Assert.False(config.HasValue("beta"));
        Assert.Single(config.Points);
    }

    [Fact]
    public void Common_keys_have_their_defaults_and_the_name_comes_from_the_file_name()
    {
        var result = Runner.Config.ConfigLoader.LoadText("configs/ferro-run.yaml", "experiment: ising\nmodel: { L: 4 }\n", [], All);

        Assert.True(result.IsSuccess);
        Assert.Equal("ferro-run", result.Config.Name);
        Assert.Equal(1UL, result.Config.Seed);
        Assert.Equal(1, result.Config.Trials);
        Assert.Equal("configs/ferro-run.yaml", result.Config.SourcePath);
    }

    [Fact]
    public void A_schema_can_change_the_default_of_a_common_key()
    {
        var config = Resolve("experiment: capacity\nmodel: { N: 100 }\nT: 0\n");

        Assert.Equal(20, config.Trials);
    }

    [Fact]
    public void Flow_and_block_lists_resolve_to_all_their_values()
    {
        var config = Resolve("""
            experiment: ising
            model:
              L:
                - 4
                - 8
            T: [0.5, 1, 2e-1]
            dynamics: { rule: [metropolis, glauber] }
            """);

        Assert.Equal([4L, 8L], config.Values("model.L"));
        Assert.Equal([0.5, 1.0, 0.2], config.Values("T"));
        Assert.Equal(["metropolis", "glauber"], config.Values("dynamics.rule"));
        Assert.Equal(12, config.Points.Count);
        Assert.Throws<InvalidOperationException>(() => config.GetReal("T"));
    }

    [Fact]
    public void Ranges_resolve_for_integers_and_reals()
    {
        var config = Resolve("""
            experiment: ising
            model: { L: { from: 4, to: 16, step: 4 } }
            T: { from: 1, to: 2, step: 0.3 }
            """);

        Assert.Equal([4L, 8L, 12L, 16L], config.Values("model.L"));
        Assert.Equal([1.0, 1.3, 1.6, 1.9], config.Values("T"));
    }

    [Fact]
    public void Counted_ranges_resolve_linear_and_geometric_ladders_with_both_ends()
    {
        var config = Resolve("""
            experiment: ising
            model: { L: { from: 4, to: 32, count: 4, spacing: geometric } }
            T: { from: 0.5, to: 2, count: 3, spacing: geometric }
            """);

        Assert.Equal([4L, 8L, 16L, 32L], config.Values("model.L"));
        Assert.Equal([0.5, 1.0, 2.0], config.Values("T"));
        Assert.Equal([1.0, 1.25, 1.5], Resolve("experiment: ising\nmodel: { L: 4 }\nT: { from: 1, to: 1.5, count: 3 }\n").Values("T"));
    }

    [Fact]
    public void A_whole_number_in_exponent_notation_is_an_integer()
    {
        Assert.Equal(1000000L, Resolve("experiment: ising\nmodel: { L: 1e6 }\n").GetInt("model.L"));
    }

    [Fact]
    public void Beta_accepts_infinity()
    {
        var config = Resolve("experiment: ising\nmodel: { L: 4 }\nbeta: .inf\n");

        Assert.Equal(double.PositiveInfinity, config.GetReal("beta"));
        Assert.False(config.HasValue("T"));
    }

    [Fact]
    public void The_tree_echo_nests_sections_keeps_lists_and_includes_defaults()
    {
        var tree = Resolve("experiment: ising\nmodel: { L: [4, 8] }\nT: 1.5\n").ToTree();

        var model = Assert.IsType<SortedDictionary<string, object>>(tree["model"]);
        Assert.Equal(new List<object> { 4L, 8L }, model["L"]);
        Assert.Equal("square", model["lattice"]);
        Assert.Equal(1.5, tree["T"]);
        Assert.Equal(100L, Assert.IsType<SortedDictionary<string, object>>(tree["dynamics"])["thermalize"]);
        Assert.Equal("test", tree["name"]);
        Assert.False(tree.ContainsKey("beta"));
    }

    [Fact]
    public void An_inconsistent_schema_is_a_programming_error()
    {
        var broken = TestSchemas.Ising with { ExclusiveGroups = [["T", "temperature"]] };
        var schemas = new Dictionary<string, Runner.Config.ExperimentSchema> { ["ising"] = broken };

        Assert.Throws<ArgumentException>(() => Runner.Config.ConfigLoader.LoadText("x.yaml", "experiment: ising\n", [], schemas));
    }
}
