using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class SweepValueTests
{
    private const string Head = "experiment: ising\nmodel: { L: 4 }\n";

    [Fact]
    public void A_repeated_sweep_value_is_reported_at_the_second_naming_the_first()
    {
        Assert.Equal(["test.yaml:3:8: T: duplicate sweep value 1 (also at line 3, column 5)"], Errors($"{Head}T: [1, 1]\n"));
    }

    [Fact]
    public void Values_equal_as_numbers_are_duplicates_however_written()
    {
        Assert.Equal(
            [
                "test.yaml:4:3: T: duplicate sweep value 2 (also at line 3, column 8)",
                "test.yaml:5:3: T: duplicate sweep value 0 (also at line 3, column 13)",
            ],
            Errors($"{Head}T: [1, 2.0, -0.0,\n  2,\n  0]\n"));
    }

    [Fact]
    public void Repeated_choices_and_set_values_are_duplicates_too()
    {
        Assert.Equal(
            ["test.yaml:3:29: dynamics.rule: duplicate sweep value glauber (also at line 3, column 20)"],
            Errors($"{Head}dynamics: {{ rule: [glauber, glauber] }}\nT: 1\n"));
        Assert.Equal(["--set:1:6: T: duplicate sweep value 1 (also at column 4)"], Errors($"{Head}T: 2\n", "T=[1,1]"));
    }

    [Fact]
    public void An_explicit_list_is_held_to_the_value_cap_of_ranges()
    {
        string values = string.Join(", ", Enumerable.Range(0, 100_001));

        Assert.Equal(
            ["test.yaml:3:4: T: the list has 100001 values; at most 100000 are allowed"],
            Errors($"{Head}T: [{values}]\n"));
    }

    [Fact]
    public void A_range_whose_step_cannot_tell_its_values_apart_is_refused_rather_than_repeating_a_value()
    {
        // values are rounded to 12 significant digits: near 10⁶ that is 1e-5, so a step of 1e-7 would repeat them
        Assert.Equal(
            ["test.yaml:3:42: T: the step 1E-07 is too small to tell values near 1000000 apart"],
            Errors($"{Head}T: {{ from: 1e6, to: 1000000.00001, step: 1e-7 }}\n"));
    }

    [Theory]
    [InlineData(300, "name: is 300 bytes long; a directory name (results/NAME/) has at most 255")]
    [InlineData(255, null)]
    public void A_name_too_long_for_a_directory_is_refused(int length, string? expected)
    {
        var result = Load($"{Head}name: {new string('a', length)}\nT: 1\n");

        Assert.Equal(expected is null ? [] : [$"test.yaml:3:7: {expected}"], result.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("a/b", "'/'")]
    [InlineData("'a\\\\b'", "'\\'")]
    [InlineData("\"a\\tb\"", "U+0009")]
    [InlineData("'a:b'", "':'")]
    [InlineData("\"x\\0\"", "U+0000")]
    public void A_name_with_a_character_no_directory_name_may_hold_is_refused(string yaml, string shown)
    {
        var error = Assert.Single(Load($"{Head}name: {yaml}\nT: 1\n").Errors);

        Assert.Equal("name", error.KeyPath);
        Assert.Contains($"cannot be a directory name (results/NAME/): it contains {shown}", error.Message, StringComparison.Ordinal);
    }
}
