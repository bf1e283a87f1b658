using System.Diagnostics;
using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

/// <summary>
/// Shapes that once ended the process with a stack overflow (which no catch can stop) or would never finish: deep
/// nesting, alias cycles, list keys made of aliases.
/// </summary>
public sealed class NestingAndAliasTests
{
    private const string Head = "experiment: ising\nmodel: { L: 4 }\n";

    [Fact]
    public void Flow_lists_nested_100000_deep_are_refused_where_the_65th_level_opens()
    {
        const int depth = 100_000;
        var errors = Errors($"{Head}T: {new string('[', depth)}1{new string(']', depth)}\n");

        // the top-level mapping is level 1, so the 64th '[' (column 4 + 63) opens level 65
        Assert.Equal(["test.yaml:3:67: lists and mappings nest more than 64 levels deep here; a config needs two or three"], errors);
    }

    [Fact]
    public void Block_lists_and_flow_mappings_nested_100000_deep_are_refused_with_their_position()
    {
        var block = Assert.Single(Load($"{Head}T:\n{string.Concat(Enumerable.Repeat("- ", 100_000))}1\n").Errors);
        var mappings = Assert.Single(Load($"{Head}T: {string.Concat(Enumerable.Repeat("{a: ", 100_000))}1{new string('}', 100_000)}\n").Errors);

        Assert.Equal(("test.yaml", 4, 127), (block.File, block.Line, block.Column));
        Assert.Equal(("test.yaml", 3, 256), (mappings.File, mappings.Line, mappings.Column));
        Assert.All([block, mappings], e => Assert.Contains("nest more than 64 levels", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read_as_usual()
    {
        // levels 2 … 64 under the top-level mapping
        var errors = Errors($"{Head}T: {new string('[', 63)}1{new string(']', 63)}\n");

        Assert.Equal(["test.yaml:3:5: T: list items must be single values (a real number), got a list"], errors);
    }

    [Fact]
    public void A_deep_set_value_is_refused_too()
    {
        var errors = Errors($"{Head}T: 1\n", $"T={new string('[', 100_000)}1{new string(']', 100_000)}");

        // a --set value has no top-level mapping: its 65th '[' (column 3 + 64) opens level 65
        Assert.Equal(["--set:1:67: lists and mappings nest more than 64 levels deep here; a config needs two or three"], errors);
    }

    [Theory]
    [InlineData("T: &a [*a]", "test.yaml:3:8: the alias *a is inside the node &a names, which would contain itself")]
    [InlineData("? &a [*a]\n: 1\nT: 1", "test.yaml:3:7: the alias *a is inside the node &a names, which would contain itself")]
    [InlineData("T: [*b]\nbeta: &b 1", "test.yaml:3:5: the alias *b has no anchor &b before it")]
    public void An_alias_that_could_make_a_cycle_is_refused(string body, string expected)
    {
        Assert.Equal([expected], Errors($"{Head}{body}\n"));
    }

    [Fact]
    public void An_alias_counts_the_depth_it_brings_in()
    {
        string deep = $"{new string('[', 40)}1{new string(']', 40)}";
        var errors = Errors($"{Head}x: &d {deep}\nT: {new string('[', 30)}*d{new string(']', 30)}\n");

        Assert.Equal(["test.yaml:4:34: the alias *d makes lists and mappings nest more than 64 levels deep"], errors);
    }

    [Fact]
    public void Keys_that_are_lists_mappings_or_aliases_are_reported_and_the_rest_is_still_checked()
    {
        var errors = Errors($"experiment: ising\nmodel: {{ L: 0, [x]: 2 }}\n{{a: 1}}: 2\nT: &t 1\n*t : 3\n");

        Assert.Equal(
            [
                "test.yaml:2:13: model.L: must be ≥ 1, got 0",
                "test.yaml:2:16: model: keys must be plain names, got a list",
                "test.yaml:3:1: keys must be plain names, got a mapping",
                "test.yaml:5:1: keys must be plain names, got an alias",
            ],
            errors);
    }

    [Fact]
    public void A_list_key_of_aliases_to_aliases_is_refused_without_expanding_it()
    {
        // ten levels of ten aliases each: 10¹⁰ leaves if anything hashed or walked the expansion
        var text = new System.Text.StringBuilder($"{Head}x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (int level = 1; level <= 10; level++)
        {
            text.Append($"x{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        text.Append("? [*a10]\n: 1\nT: 1\n");
        var clock = Stopwatch.StartNew();
        var errors = Errors(text.ToString());

        Assert.Contains("test.yaml:14:3: keys must be plain names, got a list", errors);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_set_value_of_aliases_to_aliases_is_placed_without_expanding_it()
    {
        var lists = new List<string> { "&l0 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]" };
        for (int level = 1; level <= 10; level++)
        {
            lists.Add($"&l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]");
        }

        var clock = Stopwatch.StartNew();
        var errors = Errors($"{Head}T: 1\n", $"T=[{string.Join(", ", lists)}]");

        Assert.Equal(11, errors.Count);
        Assert.All(errors, e => Assert.Contains("T: list items must be single values", e, StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
