using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Checks a YAML tree against an experiment's parameters: unknown keys, every value, required keys and
/// exclusive groups. Every problem is recorded, none stops the check.
/// </summary>
internal sealed class ConfigValidator(ExperimentSchema schema, IReadOnlyList<ParameterSpec> specs, ConfigDiagnostics diagnostics)
{
    private readonly SchemaLayout _layout = new(specs);
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _given = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _sections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenSections = new(StringComparer.Ordinal);

    /// <summary>The resolved parameters in declaration order (those without a value are left out).</summary>
    public IReadOnlyList<ResolvedParameter> Resolve(YamlMappingNode root)
    {
        Walk(root, "");
        var reader = new ValueReader(diagnostics);
        var resolved = new Dictionary<string, ResolvedParameter>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (_given.TryGetValue(spec.Path, out var given) && reader.Read(spec, given.Value) is { } parameter)
            {
                resolved[spec.Path] = parameter;
            }
        }

        var grouped = new HashSet<string>(schema.ExclusiveGroups.SelectMany(g => g), StringComparer.Ordinal);
        foreach (var group in schema.ExclusiveGroups)
        {
            CheckGroup(group, resolved);
        }

        foreach (var spec in specs.Where(s => !_given.ContainsKey(s.Path) && !grouped.Contains(s.Path) && !_sections.ContainsKey(s.Path)))
        {
            if (spec.Default is null && (spec.Optional || InBrokenSection(spec.Path)))
            {
                continue;
            }

            if (spec.Default is null)
            {
                diagnostics.Add(PositionOf(spec.Path), spec.Path, $"missing required key '{spec.Name}' ({spec.Description})");
            }
            else
            {
                resolved[spec.Path] = spec.MappingDefault is { } alternative && _sections.ContainsKey(alternative.Section)
                    ? Defaulted(spec, alternative.Value)
                    : Defaulted(spec);
            }
        }

        return [.. specs.Where(s => resolved.ContainsKey(s.Path)).Select(s => resolved[s.Path])];
    }

    /// <summary>Where errors about <paramref name="path"/> go: its value, else its section's key, else the file start.</summary>
    public ConfigPosition PositionOf(string path)
    {
        if (_given.TryGetValue(path, out var given))
        {
            return diagnostics.Locate(given.Value);
        }

        if (_sections.TryGetValue(path, out var written))
        {
            return diagnostics.Locate(written);
        }

        for (var section = SchemaLayout.SectionOf(path); section.Length > 0; section = SchemaLayout.SectionOf(section))
        {
            if (_sections.TryGetValue(section, out var key))
            {
                return diagnostics.Locate(key);
            }
        }

        return diagnostics.FileStart;
    }

    private bool InBrokenSection(string path)
    {
        for (var section = SchemaLayout.SectionOf(path); section.Length > 0; section = SchemaLayout.SectionOf(section))
        {
            if (_brokenSections.Contains(section))
            {
                return true;
            }
        }

        return false;
    }

    private void Walk(YamlMappingNode mapping, string section)
    {
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                diagnostics.Add(key, section, $"keys must be plain names, got {YamlText.Describe(key)}");
                continue;
            }

            var path = section.Length == 0 ? name : $"{section}.{name}";
            if (_layout.Leaf(path) is { } leaf && !(leaf.MappingForm && value is YamlMappingNode))
            {
                _given[path] = (key, value);
            }
            else if (_layout.IsSection(path) || _layout.Leaf(path) is not null)
            {
                // a section, or a key with a mapping form written as a mapping (then the key itself has no value)
                _sections[path] = key;
                if (value is YamlMappingNode child)
                {
                    Walk(child, path);
                }
                else if (schema.SectionShorthands.TryGetValue(path, out var word) && value is YamlScalarNode { Value: var scalar } && scalar == word)
                {
                    // e.g. `start: pattern` for a start section whose keys all keep their defaults
                }
                else if (!YamlText.IsNull(value))
                {
                    _brokenSections.Add(path);
                    var keys = string.Join(", ", _layout.KeysUnder(path));
                    var shorthand = schema.SectionShorthands.TryGetValue(path, out var allowed) ? $" or '{allowed}'" : "";
                    diagnostics.Add(value, path, $"expected a mapping of {path} keys ({keys}){shorthand}, got {YamlText.Describe(value)}");
                }
            }
            else
            {
                var allowed = _layout.KeysUnder(section);
                var where = section.Length == 0 ? "at the top level" : $"in {section}";
                diagnostics.Add(
                    key,
                    path,
                    $"unknown key '{name}'{Suggestions.DidYouMean(name, allowed)}; allowed {where}: {string.Join(", ", allowed)}");
            }
        }
    }

    private void CheckGroup(IReadOnlyList<string> group, Dictionary<string, ResolvedParameter> resolved)
    {
        var given = group.Where(_given.ContainsKey).ToList();
        var alternatives = group.Count == 2 ? $"either {group[0]} or {group[1]}, not both" : $"only one of {string.Join(", ", group)}";
        foreach (var extra in given.Skip(1))
        {
            var first = diagnostics.Locate(_given[given[0]].Key);
            diagnostics.Add(
                diagnostics.Locate(_given[extra].Key), extra, $"give {alternatives} ({given[0]} is given at line {first.Line})");
        }

        if (given.Count == 0)
        {
            var spec = specs.First(s => s.Path == group[0]);
            if (spec.Default is not null)
            {
                resolved[spec.Path] = Defaulted(spec);
            }
            else
            {
                diagnostics.Add(PositionOf(group[0]), group[0], $"missing; give one of {string.Join(", ", group)}");
            }
        }
    }

    private static ResolvedParameter Defaulted(ParameterSpec spec, object? value = null) =>
        new(spec, [SchemaGuard.Normalize(spec, value ?? spec.Default!)], false, false);
}
