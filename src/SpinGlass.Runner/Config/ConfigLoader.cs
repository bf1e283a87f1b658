using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Turns a YAML config plus <c>--set KEY=VALUE</c> overrides into a validated <see cref="ResolvedConfig"/>,
/// or into every error of the file at once, each as <c>FILE:LINE:COLUMN: key.path: message</c> (docs/configs.md).
/// </summary>
/// <remarks>
/// <c>experiment:</c> selects the schema; the common keys (<see cref="CommonParameters"/>) are added to
/// the schema's own. A <c>--set</c> value is YAML flow syntax (<c>--set model.L=[4,8]</c>,
/// <c>--set 'T={from: 1, to: 2, step: 0.5}'</c>) and replaces or inserts the key before validation; a
/// <c>--set</c> of one member of an exclusive group (<c>T</c>/<c>beta</c>) also removes the file's other
/// members. Errors in the k-th <c>--set</c> are reported as <c>--set:k:COLUMN</c>.
/// </remarks>
public static class ConfigLoader
{
    /// <summary>The largest number of sweep points a config may have.</summary>
    public const long MaxPoints = 1_000_000;

    /// <summary>
    /// Reads and resolves the config file at <paramref name="path"/>. A file that cannot be read (missing, a directory,
    /// no permission, larger than 16 Mi characters) gives one error without a position.
    /// </summary>
    /// <param name="path">The config file; also the file name in errors.</param>
    /// <param name="sets">The <c>--set KEY=VALUE</c> arguments, in order (later ones win).</param>
    /// <param name="schemas">The experiment schemas by kind.</param>
    /// <param name="threads">
    /// The worker threads the run will have (<c>--threads</c>), for the memory checks (<see cref="ResolvedConfig.Threads"/>);
    /// <see langword="null"/> (the default) or less than 1 means <see cref="Environment.ProcessorCount"/>.
    /// </param>
    /// <exception cref="ArgumentException">A schema is inconsistent (a programming error).</exception>
    public static ConfigLoadResult Load(string path, IReadOnlyList<string> sets, IReadOnlyDictionary<string, ExperimentSchema> schemas, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ConfigFile.Read(path, out var error) is { } text
            ? LoadText(path, text, sets, schemas, threads)
            : ConfigLoadResult.Failure([error!]);
    }

    /// <summary>Resolves config text; <paramref name="displayName"/> names the file in errors and gives the default name.</summary>
    /// <param name="displayName">The file name used in errors and, without extension, as the default <c>name</c>.</param>
    /// <param name="yaml">The config text.</param>
    /// <param name="sets">The <c>--set KEY=VALUE</c> arguments, in order (later ones win).</param>
    /// <param name="schemas">The experiment schemas by kind.</param>
    /// <param name="threads">The worker threads the run will have; <see langword="null"/> or less than 1: <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentException">A schema is inconsistent (a programming error).</exception>
    public static ConfigLoadResult LoadText(
        string displayName, string yaml, IReadOnlyList<string> sets, IReadOnlyDictionary<string, ExperimentSchema> schemas, int? threads = null)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(schemas);
        SchemaGuard.Check(schemas);
        var diagnostics = new ConfigDiagnostics(displayName);
        var parsed = YamlText.Parse(yaml, diagnostics.InFile, diagnostics, out var failed);
        var overrides = SetArgument.ParseAll(sets, diagnostics);
        if (parsed is not (null or YamlMappingNode))
        {
            diagnostics.Add(parsed, "", $"the top level must be a mapping of keys (experiment: …, seed: …), got {YamlText.Describe(parsed)}");
        }

        if (failed || parsed is not (null or YamlMappingNode))
        {
            return ConfigLoadResult.Failure(diagnostics.Sorted());
        }

        var root = parsed as YamlMappingNode ?? new YamlMappingNode();
        foreach (var set in overrides)
        {
            set.ApplyTo(root, diagnostics);
        }

        var schema = SelectSchema(root, schemas, diagnostics);
        if (schema is null)
        {
            return ConfigLoadResult.Failure(diagnostics.Sorted());
        }

        ExclusiveOverrides.DropReplaced(root, overrides, schema, diagnostics);
        var specs = CommonParameters.For(schema, schemas.Keys, Path.GetFileNameWithoutExtension(displayName));
        var validator = new ConfigValidator(schema, specs, diagnostics);
        var parameters = validator.Resolve(root);
        if (!diagnostics.HasErrors)
        {
            var config = new ResolvedConfig(displayName, parameters, threads is >= 1 ? threads.Value : Environment.ProcessorCount);
            var count = config.Axes.Aggregate(1.0, (product, axis) => product * axis.Values.Count);
            if (count > MaxPoints)
            {
                var widest = config.Axes.MaxBy(axis => axis.Values.Count)!;
                diagnostics.Add(validator.PositionOf(widest.Path), widest.Path, $"the sweep has {count:0} points; at most {MaxPoints} are allowed");
            }
            else
            {
                if (RunName.Problem(config.Name) is { } problem)
                {
                    diagnostics.Add(validator.PositionOf(CommonParameters.NamePath), CommonParameters.NamePath, problem);
                }

                foreach (var (path, message) in schema.CrossCheck?.Invoke(config) ?? [])
                {
                    diagnostics.Add(validator.PositionOf(path), path, message);
                }

                foreach (var error in schema.FileCheck?.Invoke(config) ?? [])
                {
                    diagnostics.Add(error);
                }
            }

            if (!diagnostics.HasErrors)
            {
                return ConfigLoadResult.Success(config);
            }
        }

        return ConfigLoadResult.Failure(diagnostics.Sorted());
    }

    private static ExperimentSchema? SelectSchema(
        YamlMappingNode root, IReadOnlyDictionary<string, ExperimentSchema> schemas, ConfigDiagnostics diagnostics)
    {
        var kinds = schemas.Keys.Order(StringComparer.Ordinal).ToList();
        var known = string.Join(", ", kinds);
        const string path = CommonParameters.ExperimentPath;
        if (!root.Children.TryGetValue(new YamlScalarNode(path), out var node))
        {
            diagnostics.Add(diagnostics.FileStart, path, $"missing required key 'experiment'; give one of {known}");
            return null;
        }

        if (node is YamlScalarNode { Value: { } kind } && schemas.TryGetValue(kind, out var schema))
        {
            return schema;
        }

        var message = node is YamlScalarNode { Value: { Length: > 0 } text }
            ? $"unknown experiment kind '{text}'{Suggestions.DidYouMean(text, kinds)}; known kinds: {known}"
            : $"expected one of {known}, got {YamlText.Describe(node)}";
        diagnostics.Add(node, path, message);
        return null;
    }
}
