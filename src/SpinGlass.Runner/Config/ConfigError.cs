namespace SpinGlass.Runner.Config;

/// <summary>One problem in a config file or a <c>--set</c> argument, with its position.</summary>
/// <param name="File">
/// The config file as given, or <c>--set</c> for a command-line override; then <paramref name="Line"/>
/// is the ordinal (1-based) of the <c>--set</c> argument and <paramref name="Column"/> the column
/// inside its <c>KEY=VALUE</c> text.
/// </param>
/// <param name="Line">1-based line; 0 when the error concerns the file as a whole (it could not be read).</param>
/// <param name="Column">1-based column; 0 with <paramref name="Line"/> 0.</param>
/// <param name="KeyPath">The dotted key the problem concerns, or empty when it concerns the whole file.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ConfigError(string File, int Line, int Column, string KeyPath, string Message)
{
    /// <summary>The file name used for errors in <c>--set</c> arguments.</summary>
    public const string SetSource = "--set";

    /// <summary>Whether the error has a position in the file (<see cref="Line"/> ≥ 1); not when the file could not be read.</summary>
    public bool IsPositioned => Line >= 1;

    /// <summary>
    /// Formats the error as <c>FILE:LINE:COLUMN: key.path: message</c> (docs/configs.md), or as <c>FILE: message</c>
    /// when it has no position.
    /// </summary>
    public override string ToString() => (IsPositioned, KeyPath.Length) switch
    {
        (false, _) => $"{File}: {Message}",
        (true, 0) => $"{File}:{Line}:{Column}: {Message}",
        _ => $"{File}:{Line}:{Column}: {KeyPath}: {Message}",
    };

    /// <summary>An error about the file as a whole, e.g. that it does not exist.</summary>
    internal static ConfigError Unpositioned(string file, string message) => new(file, 0, 0, "", message);
}
