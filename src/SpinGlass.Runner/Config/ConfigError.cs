namespace SpinGlass.Runner.Config;

/// <summary>One problem in a config file or a <c>--set</c> argument, with its position.</summary>
/// <param name="File">
/// The config file as given, or <c>--set</c> for a command-line override; then <paramref name="Line"/>
/// is the ordinal (1-based) of the <c>--set</c> argument and <paramref name="Column"/> the column
/// inside its <c>KEY=VALUE</c> text.
/// </param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="KeyPath">The dotted key the problem concerns, or empty when it concerns the whole file.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ConfigError(string File, int Line, int Column, string KeyPath, string Message)
{
    /// <summary>The file name used for errors in <c>--set</c> arguments.</summary>
    public const string SetSource = "--set";

    /// <summary>Formats the error as <c>FILE:LINE:COLUMN: key.path: message</c> (docs/configs.md).</summary>
    public override string ToString() =>
        KeyPath.Length == 0
            ? $"{File}:{Line}:{Column}: {Message}"
            : $"{File}:{Line}:{Column}: {KeyPath}: {Message}";
}
