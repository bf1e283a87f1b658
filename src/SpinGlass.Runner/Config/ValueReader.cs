using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Reads the value of one parameter: a scalar, or where the key is sweepable a non-empty list of distinct values or a
/// range, at most <see cref="RangeReader.MaxValues"/> values either way.
/// </summary>
internal sealed class ValueReader
{
    private readonly ConfigDiagnostics _diagnostics;
    private readonly ScalarReader _scalars;
    private readonly RangeReader _ranges;

    public ValueReader(ConfigDiagnostics diagnostics)
    {
        _diagnostics = diagnostics;
        _scalars = new ScalarReader(diagnostics);
        _ranges = new RangeReader(diagnostics, _scalars);
    }

    /// <summary>The resolved parameter, or <see langword="null"/> after reporting its errors.</summary>
    public ResolvedParameter? Read(ParameterSpec spec, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return _scalars.Read(spec, scalar) is { } value ? new ResolvedParameter(spec, [value], true, false) : null;
        }

        if (spec.ListValue && node is YamlSequenceNode items)
        {
            return ReadValueList(spec, items) is { } list ? new ResolvedParameter(spec, list, true, true) : null;
        }

        if (!spec.Sweepable)
        {
            _diagnostics.Add(node, spec.Path, $"cannot be swept; give a single value ({ScalarReader.Expected(spec)}), not {YamlText.Describe(node)}");
            return null;
        }

        var values = node switch
        {
            YamlSequenceNode list => ReadList(spec, list),
            YamlMappingNode range when spec.Kind is ParameterKind.Integer or ParameterKind.Real => _ranges.Read(spec, range),
            _ => Fail(node, spec, "a range {from, to, step} needs a numeric key; give a list [a, b, …]"),
        };
        return values is null ? null : new ResolvedParameter(spec, values, true, true);
    }

    /// <summary>The items of a <see cref="ParameterSpec.ListValue"/> key: one value, so duplicates are allowed.</summary>
    private List<object>? ReadValueList(ParameterSpec spec, YamlSequenceNode list)
    {
        if (CheckLength(spec, list) is not null)
        {
            return null;
        }

        var values = new List<object>(list.Children.Count);
        foreach (var item in list.Children)
        {
            var value = item is YamlScalarNode scalar
                ? _scalars.Read(spec, scalar)
                : Fail(item, spec, $"list items must be single values ({ScalarReader.Expected(spec)}), got {YamlText.Describe(item)}");
            if (value is not null)
            {
                values.Add(value);
            }
        }

        return values.Count == list.Children.Count ? values : null;
    }

    /// <summary>An error message when the list is empty or too long, else null.</summary>
    private string? CheckLength(ParameterSpec spec, YamlSequenceNode list)
    {
        string? problem = list.Children.Count == 0 ? $"the list is empty; give at least one value ({ScalarReader.Expected(spec)})"
            : list.Children.Count > RangeReader.MaxValues ? $"the list has {list.Children.Count} values; at most {RangeReader.MaxValues} are allowed"
            : null;
        if (problem is not null)
        {
            _diagnostics.Add(list, spec.Path, problem);
        }

        return problem;
    }

    private List<object>? ReadList(ParameterSpec spec, YamlSequenceNode list)
    {
        if (CheckLength(spec, list) is not null)
        {
            return null;
        }

        var values = new List<object>(list.Children.Count);
        var first = new Dictionary<object, YamlNode>();
        var valid = true;
        foreach (var item in list.Children)
        {
            object? value = item is YamlScalarNode scalar
                ? _scalars.Read(spec, scalar)
                : Fail(item, spec, $"list items must be single values ({ScalarReader.Expected(spec)}), got {YamlText.Describe(item)}");
            if (value is not null && !first.TryAdd(value, item))
            {
                // the same point twice would run twice and give two rows
                _diagnostics.Add(item, spec.Path, $"duplicate sweep value {((YamlScalarNode)item).Value} (also at {Where(first[value])})");
                value = null;
            }

            if (value is null)
            {
                valid = false;
            }
            else
            {
                values.Add(value);
            }
        }

        return valid ? values : null;
    }

    /// <summary>"line L, column C" of a node of the file; "column C" inside a <c>--set</c> argument.</summary>
    private string Where(YamlNode node)
    {
        var position = _diagnostics.Locate(node);
        return position.File == ConfigError.SetSource ? $"column {position.Column}" : $"line {position.Line}, column {position.Column}";
    }

    private List<object>? Fail(YamlNode node, ParameterSpec spec, string message)
    {
        _diagnostics.Add(node, spec.Path, message);
        return null;
    }
}
