using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>
/// One <c>--set KEY=VALUE</c> override: a dotted key and a value in YAML flow syntax, whose nodes are
/// positioned as <c>--set:ORDINAL:COLUMN</c> (the column inside the argument's text).
/// </summary>
internal sealed partial class SetArgument
{
    private readonly int _ordinal;
    private readonly string[] _segments;
    private readonly int[] _columns;
    private readonly YamlNode _value;

    private SetArgument(int ordinal, string[] segments, int[] columns, YamlNode value)
    {
        _ordinal = ordinal;
        _segments = segments;
        _columns = columns;
        _value = value;
    }

    /// <summary>The dotted key.</summary>
    public string Path => string.Join('.', _segments);

    /// <summary>Parses the arguments; malformed ones are reported and left out.</summary>
    public static IReadOnlyList<SetArgument> ParseAll(IReadOnlyList<string> sets, ConfigDiagnostics diagnostics)
    {
        var parsed = new List<SetArgument>();
        for (var i = 0; i < sets.Count; i++)
        {
            if (Parse(i + 1, sets[i], diagnostics) is { } argument)
            {
                parsed.Add(argument);
            }
        }

        return parsed;
    }

    /// <summary>Puts the value into the tree at the key, creating sections as needed and replacing what was there.</summary>
    public void ApplyTo(YamlMappingNode root, ConfigDiagnostics diagnostics)
    {
        var mapping = root;
        for (var i = 0; i < _segments.Length; i++)
        {
            var key = new YamlScalarNode(_segments[i]);
            diagnostics.Place(key, At(_columns[i]));
            if (i == _segments.Length - 1)
            {
                mapping.Children.Remove(key);
                mapping.Add(key, _value);
                return;
            }

            if (mapping.Children.TryGetValue(key, out var found) && found is YamlMappingNode existing)
            {
                mapping = existing;
                continue;
            }

            var section = new YamlMappingNode();
            diagnostics.Place(section, At(_columns[i]));
            mapping.Children.Remove(key);
            mapping.Add(key, section);
            mapping = section;
        }
    }

    private static SetArgument? Parse(int ordinal, string text, ConfigDiagnostics diagnostics)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            diagnostics.Add(At(ordinal, 1), "", $"malformed --set '{text}'; expected KEY=VALUE, e.g. --set trials=30");
            return null;
        }

        var key = text[..equals];
        if (!KeyPattern().IsMatch(key))
        {
            diagnostics.Add(At(ordinal, 1), key, $"malformed key '{key}'; expected a dotted path of names, e.g. model.L");
            return null;
        }

        var segments = key.Split('.');
        var columns = new int[segments.Length];
        for (int i = 0, column = 1; i < segments.Length; column += segments[i].Length + 1, i++)
        {
            columns[i] = column;
        }

        var valueText = text[(equals + 1)..];
        // Marks count from the start of the value; clamp to just past the end for errors at the end of the text.
        ConfigPosition Locate(Mark mark) => At(ordinal, equals + 2 + (int)Math.Min(mark.Index, valueText.Length));
        var value = YamlText.Parse(valueText, Locate, diagnostics, out var failed);
        if (value is null)
        {
            if (!failed)
            {
                diagnostics.Add(At(ordinal, equals + 2), key, "missing value after '='");
            }

            return null;
        }

        foreach (var node in YamlText.Nodes(value))
        {
            diagnostics.Place(node, Locate(node.Start));
        }

        return new SetArgument(ordinal, segments, columns, value);
    }

    private ConfigPosition At(int column) => At(_ordinal, column);

    private static ConfigPosition At(int ordinal, int column) => new(ConfigError.SetSource, ordinal, column);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")]
    private static partial Regex KeyPattern();
}
