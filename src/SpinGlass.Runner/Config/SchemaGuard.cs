using System.Globalization;
using System.Text.RegularExpressions;

namespace SpinGlass.Runner.Config;

/// <summary>Catches mistakes in experiment schemas (programming errors, not config errors).</summary>
internal static partial class SchemaGuard
{
    /// <summary>Throws <see cref="ArgumentException"/> when a schema is inconsistent.</summary>
    public static void Check(IReadOnlyDictionary<string, ExperimentSchema> schemas)
    {
        foreach (var (kind, schema) in schemas)
        {
            Require(kind == schema.Kind, $"schema '{schema.Kind}' is registered as '{kind}'");
            var specs = CommonParameters.For(schema, schemas.Keys, "name");
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var spec in specs)
            {
                Require(PathPattern().IsMatch(spec.Path), $"'{spec.Path}' is not a dotted path of names");
                Require(paths.Add(spec.Path), $"'{spec.Path}' is declared twice");
                Require(spec.Kind != ParameterKind.Choice || spec.Choices.Count > 0, $"choice '{spec.Path}' has no choices");
                Require(!spec.AllowInfinity || spec.Kind == ParameterKind.Real, $"'{spec.Path}' allows .inf but is not real");
                Require(!spec.Optional || spec.Default is null, $"optional '{spec.Path}' has a default");
                Require(!spec.ListValue || !spec.Sweepable, $"list value '{spec.Path}' is sweepable");
                Require(!spec.NamesFile || spec.Kind == ParameterKind.Text, $"'{spec.Path}' names a file but is not text");
                Require(
                    spec.MappingDefault is not { } alternative || specs.Any(s => s.Path == alternative.Section && s.MappingForm),
                    $"'{spec.Path}' has a default for a mapping that is not a key with a mapping form");
                if (spec.Default is { } value)
                {
                    var normalized = Normalize(spec, value);
                    Require(
                        spec.Kind != ParameterKind.Choice || spec.Choices.Contains((string)normalized),
                        $"default of '{spec.Path}' is not a choice");
                }
            }

            var sections = new HashSet<string>(paths.Where(p => p.Contains('.', StringComparison.Ordinal)).Select(SchemaLayout.SectionOf));
            var mappingForms = specs.Where(s => s.MappingForm).Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
            Require(mappingForms.IsSubsetOf(sections), $"schema '{kind}' gives a key a mapping form without keys under it");
            sections.ExceptWith(mappingForms);
            Require(!paths.Overlaps(sections), $"schema '{kind}' uses a key both as a value and as a section");
            foreach (var member in schema.ExclusiveGroups.SelectMany(g => g))
            {
                Require(paths.Contains(member), $"exclusive group member '{member}' is not a parameter of '{kind}'");
            }
        }
    }

    /// <summary>A default converted to the CLR type of its kind.</summary>
    public static object Normalize(ParameterSpec spec, object value)
    {
        object? normalized = (spec.Kind, value) switch
        {
            (ParameterKind.Integer, int or long) => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            (ParameterKind.Real, int or long or float or double) => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            (ParameterKind.Boolean, bool) => value,
            (ParameterKind.Text or ParameterKind.Choice, string) => value,
            _ => null,
        };
        Require(normalized is not null, $"default of '{spec.Path}' is a {value.GetType().Name}, not a {spec.Kind}");
        return normalized!;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"Invalid experiment schema: {message}.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")]
    private static partial Regex PathPattern();
}
