using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class SetOverrideTests
{
    private const string Base = "experiment: ising\nmodel: { L: 4, lattice: chain }\nT: 1\n";

    [Fact]
    public void A_scalar_set_replaces_the_file_value()
    {
        var config = Resolve(Base, "T=0.5", "trials=30");

        Assert.Equal(0.5, config.GetReal("T"));
        Assert.Equal(30, config.Trials);
    }

    [Fact]
    public void A_set_inside_a_section_keeps_the_other_keys_of_the_section()
    {
        var config = Resolve(Base, "model.L=[4,8]");

        Assert.Equal([4L, 8L], config.Values("model.L"));
        Assert.Equal("chain", config.GetText("model.lattice"));
    }

    [Fact]
    public void A_range_set_is_expanded()
    {
        Assert.Equal([1.0, 1.5, 2.0], Resolve(Base, "T={from: 1, to: 2, step: 0.5}").Values("T"));
    }

    [Fact]
    public void A_set_inserts_missing_keys_and_sections()
    {
        var config = Resolve("model: { L: 4 }\n", "experiment=ising", "dynamics.rule=glauber");

        Assert.Equal("glauber", config.GetText("dynamics.rule"));
        Assert.True(config.IsGiven("dynamics.rule"));
    }

    [Fact]
    public void The_last_set_of_a_key_wins()
    {
        Assert.Equal(3.0, Resolve(Base, "T=2", "T=3").GetReal("T"));
    }

    [Fact]
    public void A_set_of_beta_replaces_the_temperature_of_the_file()
    {
        var config = Resolve(Base, "beta=.inf");

        Assert.Equal(double.PositiveInfinity, config.GetReal("beta"));
        Assert.False(config.HasValue("T"));
    }

    [Theory]
    [InlineData("model.L=0", "--set:1:9: model.L: must be ≥ 1, got 0")]
    [InlineData("model.L=[4,0]", "--set:1:12: model.L: must be ≥ 1, got 0")]
    [InlineData("trials", "--set:1:1: malformed --set 'trials'; expected KEY=VALUE, e.g. --set trials=30")]
    [InlineData("=3", "--set:1:1: malformed key ''; expected a dotted path of names, e.g. model.L")]
    [InlineData("model..L=3", "--set:1:1: model..L: malformed key 'model..L'; expected a dotted path of names, e.g. model.L")]
    [InlineData("T=", "--set:1:3: T: missing value after '='")]
    [InlineData("T=[1,", "--set:1:3: invalid YAML: this '[' is never closed")]
    [InlineData("dynamics.thermalize=[1, 2]", "--set:1:21: dynamics.thermalize: cannot be swept; give a single value (an integer), not a list")]
    [InlineData("model.Lx=3", "--set:1:7: model.Lx: unknown key 'Lx' (did you mean 'L'?); allowed in model: L, lattice")]
    public void A_bad_set_is_reported_at_its_column(string set, string expected)
    {
        Assert.Equal([expected], Errors(Base, set));
    }

    [Fact]
    public void A_set_of_an_unknown_section_is_an_unknown_key()
    {
        var error = Assert.Single(Errors(Base, "modle.L=3"));

        Assert.StartsWith("--set:1:1: modle: unknown key 'modle' (did you mean 'model'?); allowed at the top level: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Set_errors_are_numbered_by_argument_and_follow_the_file_errors()
    {
        var errors = Errors("experiment: ising\nmodel: { L: 0 }\n", "T=1", "trials=0", "T=x");

        Assert.Equal(
            ["test.yaml:2:13: model.L: must be ≥ 1, got 0", "--set:2:8: trials: must be ≥ 1, got 0", "--set:3:3: T: expected a real number, got 'x'"],
            errors);
    }

    [Fact]
    public void Sets_of_both_temperature_and_beta_conflict()
    {
        Assert.Equal(["--set:2:1: beta: give either T or beta, not both (T is given at line 1)"], Errors(Base, "T=1", "beta=2"));
    }
}
