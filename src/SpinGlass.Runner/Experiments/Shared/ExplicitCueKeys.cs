using System.Globalization;
using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// An explicit recall cue, <c>cue: { file: cue.txt }</c> or <c>cue: { grid: ["..#..", …] }</c> with an optional
/// <c>target</c>, checked against the stored letters or images (<see cref="StoredImageKeys"/>) and bound to a
/// <see cref="GivenCue"/>. The file is read relative to the config (<see cref="CueText"/> gives its format).
/// </summary>
internal static class ExplicitCueKeys
{
    private const string Formats = "rows of '#' (+1) and '.' (-1), or 1 and -1 separated by spaces or commas";

    public static ConfigKey<string> File { get; } = Key.Text(
        "cue.file",
        $"A file holding the cue, relative to the config: {Formats}; blank lines and '# …' comment lines are ignored. It must have the stored patterns' N spins (a grid: their width × height); random patterns, drawn anew every trial, take no explicit cue. Every trial starts from it (plus noise); at noise 0 and T = 0 trials differ only in the site order. Or give cue.grid.")
        .With(spec => spec with { Optional = true, NamesFile = true });

    public static ConfigKey<string> Grid { get; } = Key.Text(
        "cue.grid", "The cue inline, a list of rows of '#' (+1) and '.' (-1), e.g. [\"..#..\", \".###.\", …], as cue.file. Or give cue.file.")
        .With(spec => spec with { Optional = true, ListValue = true });

    public static ConfigKey<string> Target { get; } = Key.Text(
        "cue.target",
        "The stored pattern recall is scored against: a letter, an image's file name or a 1-based index. The default is the stored pattern nearest the cue (largest overlap, ties to the first); summary.json names it (cue_target).")
        .With(spec => spec with { Optional = true });

    /// <summary>The keys under <c>cue</c>.</summary>
    public static IReadOnlyList<ConfigKey> All { get; } = [File, Grid, Target];

    /// <summary>Whether the config gives an explicit cue.</summary>
    public static bool IsGiven(ResolvedConfig config) => config.Has(File) || config.Has(Grid);

    /// <summary>
    /// The config-level problems of an explicit cue, at its keys: <c>cue</c> written as a mapping without a cue, both
    /// forms, random patterns, an unreadable file, a malformed inline grid, a size that is not the stored patterns', an
    /// unknown target. Problems inside a cue file are <see cref="CheckFile"/>'s.
    /// </summary>
    public static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config, ConfigKey cue)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cue);
        if (!IsGiven(config))
        {
            return config.Has(cue) ? [] : [(cue.Path, "give the cue as cue.file or cue.grid (or write cue: flip or cue: erase)")];
        }

        if (config.Has(File) && config.Has(Grid))
        {
            return [(Grid.Path, "give either cue.file or cue.grid, not both")];
        }

        var key = config.Has(File) ? File : Grid;
        if (StoredImageKeys.Grid(config) is not { } stored)
        {
            return [(key.Path, "an explicit cue needs fixed patterns: letters or images (random patterns are drawn anew for every trial); set model.patterns")];
        }

        var parsed = Read(config, out var problem, out _);
        if (parsed is null)
        {
            return problem is null ? [] : [(key.Path, problem)];
        }

        var errors = new List<(string, string)>();
        string what = config.Get(StoredImageKeys.Patterns) == PatternSource.Letters ? "letters" : "images";
        if (parsed.IsGrid && (parsed.Width, parsed.Height) != (stored.Width, stored.Height))
        {
            errors.Add((key.Path, $"the cue is a {parsed.Width}×{parsed.Height} grid; the stored {what} are {stored.Width}×{stored.Height}"));
        }
        else if (parsed.Spins.Length != stored.Width * stored.Height)
        {
            errors.Add((key.Path, $"the cue has {parsed.Spins.Length} spins; the stored {what} have N = {stored.Width * stored.Height} ({stored.Width}×{stored.Height})"));
        }

        if (config.Has(Target) && TargetIndex(config.Get(Target), stored.Names) is null)
        {
            string names = string.Join(", ", stored.Names.Take(10)) + (stored.Names.Count > 10 ? ", …" : "");
            errors.Add((Target.Path, $"'{config.Get(Target)}' names no stored pattern; give one of {names} or an index 1 … {stored.Names.Count}"));
        }

        return errors;
    }

    /// <summary>The problems inside a cue file, each at its line and column in that file.</summary>
    public static IEnumerable<ConfigError> CheckFile(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Has(File) && !config.Has(Grid))
        {
            Read(config, out _, out var error);
            if (error is not null)
            {
                yield return error;
            }
        }
    }

    /// <summary>The explicit cue of a validated config with its target among <paramref name="images"/>, or null for <c>cue: flip | erase</c>.</summary>
    public static GivenCue? Load(ResolvedConfig config, StoredImages? images)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!IsGiven(config))
        {
            return null;
        }

        var parsed = Read(config, out var problem, out var error);
        if (parsed is null || images is null || parsed.Spins.Length != images.Patterns.N)
        {
            throw new InvalidOperationException($"The cue changed after the config was checked: {problem ?? error?.ToString() ?? "its size is not the stored patterns'"}.");
        }

        int? given = config.Has(Target) ? TargetIndex(config.Get(Target), images.Names) : null;
        return new GivenCue(parsed.Spins, given ?? GivenCue.NearestPattern(images.Patterns, parsed.Spins), Nearest: given is null);
    }

    /// <summary>
    /// The index of the pattern <paramref name="target"/> names: a name (letters in either case, an image's file name
    /// with or without its extension) or a 1-based index; null when it names none.
    /// </summary>
    public static int? TargetIndex(string target, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(names);
        for (int mu = 0; mu < names.Count; mu++)
        {
            if (string.Equals(names[mu], target, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Path.GetFileNameWithoutExtension(names[mu]), target, StringComparison.OrdinalIgnoreCase))
            {
                return mu;
            }
        }

        return int.TryParse(target, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 1 && index <= names.Count ? index - 1 : null;
    }

    /// <summary>
    /// The cue of <c>cue.file</c> or <c>cue.grid</c>; null with a config-level <paramref name="problem"/> (an unreadable
    /// file, a malformed inline grid) or an <paramref name="error"/> positioned in the cue file.
    /// </summary>
    private static ParsedCue? Read(ResolvedConfig config, out string? problem, out ConfigError? error)
    {
        problem = null;
        error = null;
        CueTextError? at;
        if (!config.Has(File))
        {
            var grid = CueText.ParseGrid([.. config.Values(Grid)], out at);
            problem = at is { } row ? $"row {row.Line}, column {row.Column}: {row.Message}" : null;
            return grid;
        }

        string relative = config.Get(File);
        string display = ConfigPaths.Display(config.SourcePath, relative);
        if (ConfigFile.Read(ConfigPaths.Resolve(config.SourcePath, relative), display, "cue", "a cue is a grid or a list of N spins", out var unreadable) is not { } text)
        {
            problem = unreadable!.ToString();
            return null;
        }

        var parsed = CueText.ParseFile(CueText.Lines(text), out at);
        error = at is { } place ? new ConfigError(display, place.Line, place.Column, "", place.Message) : null;
        return parsed;
    }
}
