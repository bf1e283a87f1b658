using static SpinGlass.Runner.Tests.Config.TestSchemas;

namespace SpinGlass.Runner.Tests.Config;

public sealed class YamlErrorTests
{
    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_opens()
    {
        Assert.Equal(["test.yaml:2:8: invalid YAML: this '{' is never closed"], Errors("experiment: ising\nmodel: { L: 8\nT: 1\n"));
        Assert.Equal(["test.yaml:3:4: invalid YAML: this '[' is never closed"], Errors("experiment: ising\nmodel: { L: 8 }\nT: [1, 2\n"));
    }

    [Fact]
    public void Broken_indentation_is_reported_with_the_parser_message()
    {
        var error = Assert.Single(Load("experiment: ising\nmodel:\n  L: 8\n lattice: chain\n").Errors);

        Assert.Equal(("test.yaml", 4), (error.File, error.Line));
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_duplicate_key_is_reported_along_with_the_other_errors()
    {
        var errors = Errors("experiment: ising\nmodel: { L: 0, L: 9 }\nT: 1\nT: 2\n");

        Assert.Equal(
            [
                "test.yaml:2:13: model.L: must be ≥ 1, got 0",
                "test.yaml:2:16: model.L: duplicate key 'L' (first given at line 2); give each key once",
                "test.yaml:4:1: T: duplicate key 'T' (first given at line 3); give each key once",
            ],
            errors);
    }

    [Fact]
    public void A_second_document_is_an_error()
    {
        Assert.Equal(
            ["test.yaml:4:1: only one YAML document is allowed (remove the '---')"],
            Errors("experiment: ising\nmodel: { L: 4 }\n---\nT: 1\n"));
    }

    [Fact]
    public void The_top_level_must_be_a_mapping()
    {
        Assert.Equal(
            ["test.yaml:1:1: the top level must be a mapping of keys (experiment: …, seed: …), got a list"],
            Errors("- 1\n- 2\n"));
    }

    [Fact]
    public void A_character_yaml_does_not_allow_is_reported_where_it_is_even_in_a_comment()
    {
        // YamlDotNet's scanner took U+0000 for the end of the text and its loader then threw an ArgumentException
        Assert.Equal(
            ["test.yaml:1:12: invalid YAML: the character U+0000 is not allowed in YAML (not even in a comment)"],
            Errors("# a comment\0: x\n{}\nexperiment: ising\n"));
        Assert.Equal(
            ["test.yaml:2:10: invalid YAML: the character U+D800 is not allowed in YAML (not even in a comment)"],
            Errors("experiment: ising\nmodel: { \uD800L: 4 }\n"));
    }

    [Fact]
    public void A_line_that_is_only_a_colon_after_a_nested_mapping_is_invalid_yaml_not_an_exception()
    {
        Assert.Equal(
            ["test.yaml:5:2: invalid YAML: a key without a value (or a value without a key) here"],
            Errors("experiment: ising\nmodel: { L: 4 }\ndynamics:\n  rule: glauber\n:"));
    }

    [Fact]
    public void Control_characters_quoted_in_a_message_are_escaped_so_each_error_is_one_line()
    {
        Assert.Equal(
            ["test.yaml:2:1: a\\nb: unknown key 'a\\nb'; allowed at the top level: experiment, name, seed, trials, model, T, beta, dynamics, noise, record_series"],
            Errors("experiment: ising\n\"a\\nb\": 1\nmodel: { L: 4 }\n"));
    }

    [Fact]
    public void A_missing_file_is_one_unpositioned_error()
    {
        var result = Runner.Config.ConfigLoader.Load("/nonexistent/dir/missing.yaml", [], All);

        var error = Assert.Single(result.Errors);
        Assert.False(error.IsPositioned);
        Assert.Equal("/nonexistent/dir/missing.yaml: no such file", error.ToString());
    }

    [Fact]
    public void A_directory_is_not_a_config_file()
    {
        string directory = Directory.CreateTempSubdirectory("spinglass-dir-").FullName;
        try
        {
            var error = Assert.Single(Runner.Config.ConfigLoader.Load(directory, [], All).Errors);
            Assert.Equal($"{directory}: is a directory, not a config file", error.ToString());
        }
        finally
        {
            Directory.Delete(directory);
        }
    }
}
