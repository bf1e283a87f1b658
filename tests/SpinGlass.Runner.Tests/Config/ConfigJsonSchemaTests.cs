using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using SpinGlass.Runner.Commands;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;
using SpinGlass.Runner.Tests.Cli;
using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Tests.Config;

/// <summary>
/// The editors' JSON Schema (spinglass.schema.json): it is what <c>spinglass schema</c> generates, every shipped config
/// names it and passes it (checked by NJsonSchema, an independent validator), and it agrees with <c>validate</c> on the
/// corner cases a schema can see.
/// </summary>
public sealed partial class ConfigJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(ConfigJsonSchema.Generate(ExperimentCatalog.Schemas)).GetAwaiter().GetResult());

    public static TheoryData<string> ShippedConfigs()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "configs", "papers", "examples" })
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(CliHarness.RepositoryRoot, folder), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(CliHarness.RepositoryRoot, file));
            }
        }

        return data;
    }

    [Fact]
    public void The_committed_schema_is_what_spinglass_schema_generates()
    {
        string path = Path.Combine(CliHarness.RepositoryRoot, "spinglass.schema.json");
        Assert.True(File.Exists(path), "spinglass.schema.json is missing: run `spinglass schema --out spinglass.schema.json`");
        Assert.True(File.ReadAllText(path) == ConfigJsonSchema.Generate(ExperimentCatalog.Schemas), "spinglass.schema.json is out of date: run `spinglass schema --out spinglass.schema.json`");
    }

    [Theory]
    [MemberData(nameof(ShippedConfigs))]
    public void Every_shipped_config_names_the_schema_and_passes_it(string relative)
    {
        string path = Path.Combine(CliHarness.RepositoryRoot, relative);
        string text = File.ReadAllText(path);
        string expected = string.Concat(Enumerable.Repeat("../", relative.Count(c => c == '/'))) + "spinglass.schema.json";
        Assert.StartsWith($"# yaml-language-server: $schema={expected}\n", text, StringComparison.Ordinal);
        var errors = Schema.Value.Validate(ToJson(text).ToJsonString());
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [InlineData("experiment: ising\nmodel: { L: 8 }\nT: [2, 2.5]\n", true)]
    [InlineData("experiment: ising\nmodel: { L: {from: 4, to: 16, step: 4} }\nT: 2\nbeta: 0.5\n", false)] // T and beta both
    [InlineData("experiment: ising\nmodel: { L: 8, colour: red }\n", false)] // unknown key
    [InlineData("experiment: ising\nmodel: { L: eight }\n", false)] // wrong type
    [InlineData("experiment: ising\nmodel: { L: 0 }\n", false)] // out of range
    [InlineData("experiment: ising\nmodel: { lattice: hexagonal }\n", false)] // not a choice
    [InlineData("experiment: nonsense\n", false)]
    [InlineData("model: { L: 8 }\n", false)] // no experiment
    [InlineData("experiment: retrieval\nmodel: { patterns: letters, letters: ABC }\ncue: { grid: [\"#.\", \".#\"], target: A }\n", null)] // shape fine; validate checks the size
    [InlineData("experiment: retrieval\ncue: erase\nbeta: .inf\n", true)]
    [InlineData("experiment: retrieval\ncue: { colour: red }\n", false)]
    public void The_schema_and_validate_agree_on_what_a_schema_can_see(string yaml, bool? valid)
    {
        bool schemaOk = Schema.Value.Validate(ToJson(yaml).ToJsonString()).Count == 0;
        string file = Path.Combine(Directory.CreateTempSubdirectory("schema-agree").FullName, "c.yaml");
        try
        {
            File.WriteAllText(file, yaml);
            using var output = new StringWriter();
            using var log = new StringWriter();
            bool validateOk = ValidateCommand.Execute([file], [], output, log) == 0;
            if (valid is { } expected)
            {
                Assert.True(schemaOk == expected, $"schema says {schemaOk} for\n{yaml}");
                Assert.True(validateOk == expected, $"validate says {validateOk} for\n{yaml}{log}");
            }
            else
            {
                Assert.True(schemaOk, $"schema refused\n{yaml}");
                Assert.False(validateOk, "validate accepted a cue of the wrong size");
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    /// <summary>YAML to JSON with YAML 1.2 core-schema scalars (what an editor's YAML extension sees).</summary>
    private static JsonNode ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException("alias"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? "";
        if (scalar.Style is not YamlDotNet.Core.ScalarStyle.Plain)
        {
            return value;
        }

        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return value == "true";
        }

        if (IntegerPattern().IsMatch(value))
        {
            return long.Parse(value, CultureInfo.InvariantCulture);
        }

        return FloatPattern().IsMatch(value) ? double.Parse(value, CultureInfo.InvariantCulture) : value;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
