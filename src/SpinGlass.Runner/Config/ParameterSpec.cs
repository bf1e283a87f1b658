using System.Diagnostics.CodeAnalysis;

namespace SpinGlass.Runner.Config;

/// <summary>
/// The schema entry of one config key: its dotted path, type, default, bounds and whether it may be
/// swept (given as a list <c>[a, b]</c> or a range <c>{from, to, step}</c>).
/// </summary>
/// <param name="Path">Dotted path of snake_case segments, e.g. <c>model.L</c> or <c>dynamics.rule</c>.</param>
/// <param name="Kind">The value type.</param>
/// <param name="Description">One line for <c>spinglass list</c>.</param>
public sealed record ParameterSpec(string Path, ParameterKind Kind, string Description)
{
    /// <summary>
    /// The default value (<see cref="long"/>/<see cref="int"/>, <see cref="double"/>, <see cref="bool"/> or
    /// <see cref="string"/>); <see langword="null"/> makes the key required unless it belongs to an
    /// exclusive group. The default is <see langword="null"/>.
    /// </summary>
    public object? Default { get; init; }

    /// <summary>Whether a list or a range is allowed; such a key is an axis of the sweep. The default is false.</summary>
    public bool Sweepable { get; init; }

    /// <summary>The lower bound of numeric values, or <see langword="null"/> for none.</summary>
    public double? Min { get; init; }

    /// <summary>Whether <see cref="Min"/> itself is excluded. The default is false (inclusive).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>The upper bound of numeric values, or <see langword="null"/> for none.</summary>
    public double? Max { get; init; }

    /// <summary>Whether <see cref="Max"/> itself is excluded. The default is false (inclusive).</summary>
    public bool MaxExclusive { get; init; }

    /// <summary>
    /// Whether an integer binds to <see cref="int"/> (<see cref="Key.Int"/>), so that values above <see cref="int.MaxValue"/>
    /// are refused even without a <see cref="Max"/>; the limit goes unsaid in the docs. The default is false.
    /// </summary>
    public bool BindsToInt32 { get; init; }

    /// <summary>The allowed names of a <see cref="ParameterKind.Choice"/>. The default is empty.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Whether a <see cref="ParameterKind.Real"/> accepts <c>.inf</c> (e.g. β = ∞). The default is false.</summary>
    public bool AllowInfinity { get; init; }

    /// <summary>
    /// Whether the key may be left out although it has no <see cref="Default"/>: it then has no value
    /// (<see cref="ResolvedConfig.Has"/> is false). The default is false.
    /// </summary>
    public bool Optional { get; init; }

    /// <summary>
    /// Whether the value is a list of values of <see cref="Kind"/> that is one value, not a sweep (e.g. the rows of a
    /// grid): duplicates are allowed and a single value is a list of one. The default is false.
    /// </summary>
    public bool ListValue { get; init; }

    /// <summary>
    /// Whether the key may also be written as a mapping of its own sub-keys (declared as <c>PATH.name</c>) instead of a
    /// value, e.g. <c>cue: flip</c> or <c>cue: { file: cue.txt }</c>; written as a mapping it has no value. The default is false.
    /// </summary>
    public bool MappingForm { get; init; }

    /// <summary>
    /// Whether the text is the path of a file relative to the config's directory whose content affects results: the
    /// config's fingerprint then covers the file's bytes. The default is false.
    /// </summary>
    public bool NamesFile { get; init; }

    /// <summary>
    /// Whether the text is a comma-separated list of paths or file globs relative to the config's directory (image files)
    /// whose contents affect results: the fingerprint then covers every file it names, name and bytes. The default is false.
    /// </summary>
    public bool NamesFiles { get; init; }

    /// <summary>
    /// The default instead of <see cref="Default"/> when the <see cref="MappingForm"/> key at <c>Section</c> is written as a
    /// mapping (e.g. no cue noise with an explicit cue). The default is none.
    /// </summary>
    public (string Section, object Value)? MappingDefault { get; init; }

    /// <summary>The key's name within its section (the last path segment).</summary>
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>A whole-number parameter.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Named after ParameterKind.Integer.")]
    public static ParameterSpec Integer(string path, string description, long? defaultValue = null) =>
        new(path, ParameterKind.Integer, description) { Default = defaultValue };

    /// <summary>A real-number parameter.</summary>
    public static ParameterSpec Real(string path, string description, double? defaultValue = null) =>
        new(path, ParameterKind.Real, description) { Default = defaultValue };

    /// <summary>A true/false parameter.</summary>
    public static ParameterSpec Boolean(string path, string description, bool? defaultValue = null) =>
        new(path, ParameterKind.Boolean, description) { Default = defaultValue };

    /// <summary>A free-text parameter.</summary>
    public static ParameterSpec Text(string path, string description, string? defaultValue = null) =>
        new(path, ParameterKind.Text, description) { Default = defaultValue };

    /// <summary>A parameter that takes one of <paramref name="choices"/>.</summary>
    public static ParameterSpec Choice(string path, string description, string? defaultValue, params string[] choices) =>
        new(path, ParameterKind.Choice, description) { Default = defaultValue, Choices = choices };
}
