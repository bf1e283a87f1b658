using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class KeyAndTypeErrorTests
{
    [Fact]
    public void An_unknown_key_lists_the_allowed_keys_and_suggests_a_close_one()
    {
        var errors = Errors("experiment: ising\nmodel:\n  L: 8\n  latice: square\n");

        Assert.Equal(["test.yaml:4:3: model.latice: unknown key 'latice' (did you mean 'lattice'?); allowed in model: L, lattice"], errors);
    }

    [Fact]
    public void An_unknown_top_level_key_lists_the_top_level_keys()
    {
        var errors = Errors("experiment: ising\nmodel: { L: 8 }\ntemperature: 1\n");

        Assert.Equal(
            ["test.yaml:3:1: temperature: unknown key 'temperature'; allowed at the top level: "
                + "experiment, name, seed, trials, model, T, beta, dynamics, noise, record_series"],
            errors);
    }

    [Theory]
    [InlineData("model: { L: abc }", "test.yaml:2:13: model.L: expected an integer, got 'abc'")]
    [InlineData("model: { L: 2.5 }", "test.yaml:2:13: model.L: expected an integer, got '2.5' (not a whole number)")]
    [InlineData("model: { L: \"8\" }", "test.yaml:2:13: model.L: expected an integer, got the quoted text '8' (remove the quotes)")]
    [InlineData("model: { L: 0 }", "test.yaml:2:13: model.L: must be ≥ 1, got 0")]
    [InlineData("model: { L: 4 }\nseed: 99999999999999999999", "test.yaml:3:7: seed: must be ≥ 0 and fit in 64 bits, got 99999999999999999999")]
    [InlineData("model: { L: 4 }\nnoise: 1", "test.yaml:3:8: noise: must be in [0, 1), got 1")]
    [InlineData("model: { L: 4 }\nT: -0.5", "test.yaml:3:4: T: must be ≥ 0, got -0.5")]
    [InlineData("model: { L: 4 }\nT: .inf", "test.yaml:3:4: T: must be a finite real number, got '.inf'")]
    [InlineData("model: { L: 4 }\nT: .nan", "test.yaml:3:4: T: expected a real number, got '.nan'")]
    [InlineData("model: { L: 4 }\nbeta: -.inf", "test.yaml:3:7: beta: must be a real number ≥ 0 or .inf, got '-.inf'")]
    [InlineData("model: { L: 4 }\nrecord_series: yes", "test.yaml:3:16: record_series: expected true or false, got 'yes'")]
    [InlineData(
        "model: { L: 4 }\ndynamics: { rule: glaubr }",
        "test.yaml:3:19: dynamics.rule: must be one of metropolis, glauber, zero-temperature, got 'glaubr' (did you mean 'glauber'?)")]
    [InlineData("model: 8", "test.yaml:2:8: model: expected a mapping of model keys (L, lattice), got '8'")]
    [InlineData("model: { L: 4 }\nname: ''", "test.yaml:3:7: name: must not be empty")]
    [InlineData(
        "model: { L: 4 }\nname: ../up",
        "test.yaml:3:7: name: '../up' cannot be a directory name (results/NAME/): it contains '/'; use letters, digits, '.', '-' and '_'")]
    public void A_bad_value_is_reported_at_its_position(string body, string expected)
    {
        Assert.Equal([expected], Errors($"experiment: ising\n{body}\n"));
    }

    [Fact]
    public void A_key_without_a_value_is_reported()
    {
        var error = Assert.Single(Load("experiment: ising\nmodel: { L: 4 }\nT:\n").Errors);

        Assert.Equal(("T", 3), (error.KeyPath, error.Line));
        Assert.Equal("has no value; expected a real number", error.Message);
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_its_section_or_at_the_file_start()
    {
        Assert.Equal(["test.yaml:1:1: model.L: missing required key 'L' (linear size)"], Errors("experiment: ising\n"));
        Assert.Equal(
            ["test.yaml:2:1: model.L: missing required key 'L' (linear size)"],
            Errors("experiment: ising\nmodel: { lattice: chain }\n"));
    }

    [Fact]
    public void An_unknown_experiment_kind_lists_the_known_kinds()
    {
        Assert.Equal(
            ["test.yaml:1:13: experiment: unknown experiment kind 'isng' (did you mean 'ising'?); known kinds: capacity, ising"],
            Errors("experiment: isng\nmodel: { L: 4 }\n"));
        Assert.Equal(
            ["test.yaml:1:1: experiment: missing required key 'experiment'; give one of capacity, ising"],
            Errors("model: { L: 4 }\n"));
        Assert.Equal(
            ["test.yaml:1:13: experiment: expected one of capacity, ising, got a list"],
            Errors("experiment: [ising]\n"));
    }

    [Fact]
    public void A_cross_check_is_reported_at_its_key()
    {
        var errors = Errors("experiment: ising\nmodel: { L: 4 }\nT: 1\ndynamics:\n  rule: zero-temperature\n");

        Assert.Equal(["test.yaml:5:9: dynamics.rule: zero-temperature needs beta: .inf instead of T"], errors);
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_at_once_in_file_order()
    {
        var errors = Load("""
            experiment: ising
            model: { L: 0, lattice: hex }
            T: -1
            dynamics: { rule: glauber, thermalize: x, order: random }
            seed: -5
            """).Errors;

        Assert.Equal(
            [(2, 13, "model.L"), (2, 25, "model.lattice"), (3, 4, "T"), (4, 40, "dynamics.thermalize"), (4, 43, "dynamics.order"), (5, 7, "seed")],
            errors.Select(e => (e.Line, e.Column, e.KeyPath)));
    }
}
