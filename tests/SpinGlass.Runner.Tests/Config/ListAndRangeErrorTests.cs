using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class ListAndRangeErrorTests
{
    [Theory]
    [InlineData(
        "dynamics: { thermalize: [1, 2] }",
        "test.yaml:3:25: dynamics.thermalize: cannot be swept; give a single value (an integer), not a list")]
    [InlineData(
        "dynamics: { thermalize: { from: 1, to: 2, step: 1 } }",
        "test.yaml:3:25: dynamics.thermalize: cannot be swept; give a single value (an integer), not a mapping")]
    [InlineData("T: []", "test.yaml:3:4: T: the list is empty; give at least one value (a real number)")]
    [InlineData("T: [1, [2]]", "test.yaml:3:8: T: list items must be single values (a real number), got a list")]
    [InlineData("T: [1, -2]", "test.yaml:3:8: T: must be ≥ 0, got -2")]
    [InlineData("T: { from: 1, to: 2, step: 0 }", "test.yaml:3:28: T: the step of a range must be > 0, got 0")]
    [InlineData("T: { from: 2, to: 1, step: 0.5 }", "test.yaml:3:19: T: 'to' must be ≥ 'from' (2), got 1")]
    [InlineData("T: { from: 1, to: 2 }", "test.yaml:3:4: T: the range has no 'step'; a range is {from: a, to: b, step: s} or {from: a, to: b, count: n, spacing: linear|geometric}")]
    [InlineData("T: { from: -1, to: 1, step: 1 }", "test.yaml:3:12: T: must be ≥ 0, got -1")]
    [InlineData("T: { from: 0, to: x, step: 1 }", "test.yaml:3:19: T: expected a real number, got 'x'")]
    [InlineData("T: { from: 0, to: .inf, step: 1 }", "test.yaml:3:19: T: must be a finite real number in a range, got '.inf'")]
    [InlineData(
        "T: { from: 0, to: 1, step: 1e-6 }",
        "test.yaml:3:28: T: the range has 1000001 values; at most 100000 are allowed")]
    [InlineData(
        "dynamics: { rule: { from: 1, to: 2, step: 1 } }",
        "test.yaml:3:19: dynamics.rule: a range {from, to, step} needs a numeric key; give a list [a, b, …]")]
    [InlineData("T: { from: 0, to: 2, count: 3, spacing: geometric }", "test.yaml:3:12: T: a geometric range needs 'from' > 0, got 0")]
    [InlineData("T: { from: 1, to: 2, count: 2.5 }", "test.yaml:3:29: T: the count of a range must be a whole number from 1 to 100000, got 2.5")]
    [InlineData(
        "T: { from: 1, to: 2, count: 3, spacing: log }",
        "test.yaml:3:41: T: the spacing of a range is linear or geometric, got 'log'")]
    [InlineData(
        "T: { from: 1, to: 2, step: 0.5, count: 3 }",
        "test.yaml:3:4: T: give either 'step' or 'count' (with 'spacing'), not both; a range is {from: a, to: b, step: s} or {from: a, to: b, count: n, spacing: linear|geometric}")]
    public void A_bad_list_or_range_is_reported_at_its_position(string body, string expected)
    {
        Assert.Equal([expected], Errors($"experiment: ising\nmodel: {{ L: 4 }}\n{body}\n"));
    }

    [Fact]
    public void A_misspelt_range_key_is_reported_with_the_missing_one()
    {
        var errors = Errors("experiment: ising\nmodel: { L: 4 }\nT: { from: 1, to: 2, stpe: 1 }\n");

        Assert.Equal(
            [
                "test.yaml:3:4: T: the range has no 'step'; a range is {from: a, to: b, step: s} or {from: a, to: b, count: n, spacing: linear|geometric}",
                "test.yaml:3:22: T: unknown range key 'stpe' (did you mean 'step'?); a range is {from: a, to: b, step: s} or {from: a, to: b, count: n, spacing: linear|geometric}",
            ],
            errors);
    }

    [Fact]
    public void A_sweep_with_too_many_points_is_reported_at_its_widest_axis()
    {
        var errors = Errors("experiment: ising\nmodel: { L: { from: 1, to: 2000, step: 1 } }\nT: { from: 0, to: 1, step: 0.001 }\n");

        Assert.Equal(["test.yaml:2:13: model.L: the sweep has 2002000 points; at most 1000000 are allowed"], errors);
    }
}
