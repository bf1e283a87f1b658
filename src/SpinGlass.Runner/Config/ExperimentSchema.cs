namespace SpinGlass.Runner.Config;

/// <summary>
/// What a config of one experiment kind may contain: the experiment's own parameters (the loader adds
/// the common <c>experiment</c>, <c>name</c>, <c>seed</c> and <c>trials</c>), its output columns and
/// the constraints between keys.
/// </summary>
/// <param name="Kind">The value of <c>experiment:</c> that selects this schema, e.g. <c>ising</c>.</param>
/// <param name="Description">One line for <c>spinglass list</c>.</param>
/// <param name="Parameters">
/// The experiment's parameters in declaration order; the first sweepable one is the outermost loop of
/// the sweep. A spec whose path is a common key (<c>name</c>, <c>seed</c>, <c>trials</c>) replaces the
/// common one, e.g. to change the default of <c>trials</c>.
/// </param>
public sealed record ExperimentSchema(string Kind, string Description, IReadOnlyList<ParameterSpec> Parameters)
{
    /// <summary>A schema from typed keys, with the columns of its output declaration.</summary>
    public static ExperimentSchema Of(string kind, string description, IEnumerable<ConfigKey> keys, SpinGlass.Analysis.Experiments.OutputDeclaration outputs)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(outputs);
        return new ExperimentSchema(kind, description, [.. keys.Select(k => k.Spec)]) { Outputs = outputs };
    }

    /// <summary>A group of keys of which exactly one must be given (see <see cref="ExclusiveGroups"/>).</summary>
    public static IReadOnlyList<string> OneOf(params ConfigKey[] keys) => [.. keys.Select(k => k.Path)];

    /// <summary>The experiment's output declaration, when it has one (the docs and <c>summary.json</c> describe its columns).</summary>
    public SpinGlass.Analysis.Experiments.OutputDeclaration? Outputs { get; init; }

    /// <summary>The names of the output table's columns, for <c>spinglass list</c>. The default is empty.</summary>
    public IReadOnlyList<string> Columns => Outputs?.Columns ?? [];

    /// <summary>
    /// Groups of keys of which exactly one must be given, e.g. <c>[["T", "beta"]]</c>. When none is given
    /// and the first has a default, the default is used. The default is no groups.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ExclusiveGroups { get; init; } = [];

    /// <summary>
    /// Sections that may also be written as one word meaning "all keys at their defaults", e.g.
    /// <c>{ "start": "pattern" }</c> lets <c>start: pattern</c> stand for <c>start: { noise: 0 }</c>. The default is none.
    /// </summary>
    public IReadOnlyDictionary<string, string> SectionShorthands { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Checks between keys once every key is valid on its own; each returned error is reported at the
    /// position of its key path. The default is none.
    /// </summary>
    public Func<ResolvedConfig, IEnumerable<(string Path, string Message)>>? CrossCheck { get; init; }

    /// <summary>
    /// Checks of the content of files the config names (e.g. a cue file), each error at its own position in that file
    /// (<c>FILE:LINE:COLUMN: message</c>); run beside <see cref="CrossCheck"/>. The default is none.
    /// </summary>
    public Func<ResolvedConfig, IEnumerable<ConfigError>>? FileCheck { get; init; }
}
