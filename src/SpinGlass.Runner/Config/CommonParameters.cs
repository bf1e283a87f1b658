namespace SpinGlass.Runner.Config;

/// <summary>The keys every experiment has (docs/configs.md): <c>experiment</c>, <c>name</c>, <c>seed</c>, <c>trials</c>.</summary>
public static class CommonParameters
{
    /// <summary>The path of the key that selects the experiment kind.</summary>
    public const string ExperimentPath = "experiment";

    /// <summary>The path of the run's name (the default output directory is <c>results/NAME/</c>).</summary>
    public const string NamePath = "name";

    /// <summary>The path of the master seed.</summary>
    public const string SeedPath = "seed";

    /// <summary>The path of the number of independent trials per point.</summary>
    public const string TrialsPath = "trials";

    /// <summary>
    /// The full parameter list of <paramref name="schema"/>: the common keys, then the experiment's own.
    /// A schema spec with a common path replaces the common spec in place (keeping the common default
    /// when it has none).
    /// </summary>
    /// <param name="schema">The experiment schema.</param>
    /// <param name="kinds">All known experiment kinds (the choices of <c>experiment</c>).</param>
    /// <param name="defaultName">
    /// The default of <c>name</c> (the config's file name without extension), or <see langword="null"/>
    /// when listing schemas without a file.
    /// </param>
    public static IReadOnlyList<ParameterSpec> For(ExperimentSchema schema, IEnumerable<string> kinds, string? defaultName = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(kinds);
        var common = new List<ParameterSpec>
        {
            ParameterSpec.Choice(ExperimentPath, "The experiment kind (see `spinglass list`).", null, [.. kinds.Order(StringComparer.Ordinal)]),
            ParameterSpec.Text(NamePath, "Name of the run; the default is the config's file name without extension.", defaultName),
            ParameterSpec.Integer(SeedPath, "Master seed of all random streams. The default is 1.", 1) with { Min = 0 },
            ParameterSpec.Integer(TrialsPath, "Independent samples per point. The default is 1.", 1) with { Min = 1 },
        };
        var result = new List<ParameterSpec>(common.Count + schema.Parameters.Count);
        foreach (var spec in common)
        {
            var replacement = schema.Parameters.FirstOrDefault(p => p.Path == spec.Path);
            result.Add(replacement is null || spec.Path == ExperimentPath
                ? spec
                : replacement with { Default = replacement.Default ?? spec.Default });
        }

        result.AddRange(schema.Parameters.Where(p => !common.Exists(c => c.Path == p.Path)));
        return result;
    }
}
