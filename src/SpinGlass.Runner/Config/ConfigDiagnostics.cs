using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Collects the errors of one load and knows where every YAML node came from: the config file, or a
/// <c>--set</c> argument whose nodes are re-positioned inside the argument's text.
/// </summary>
internal sealed class ConfigDiagnostics(string file)
{
    private readonly Dictionary<YamlNode, ConfigPosition> _placed = new(ReferenceEqualityComparer.Instance);
    private readonly List<ConfigError> _errors = [];

    /// <summary>The config file as given.</summary>
    public string File => file;

    /// <summary>The start of the config file (line 1, column 1).</summary>
    public ConfigPosition FileStart => new(file, 1, 1);

    /// <summary>Whether any error was recorded.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Records that <paramref name="node"/> (from a <c>--set</c> or made by the loader) sits at <paramref name="position"/>.</summary>
    public void Place(YamlNode node, ConfigPosition position) => _placed[node] = position;

    /// <summary>The position of a node of the file from the YAML marks, or where it was placed.</summary>
    public ConfigPosition Locate(YamlNode node) =>
        _placed.TryGetValue(node, out var position) ? position : InFile(node.Start);

    /// <summary>The position of a mark in the config file.</summary>
    public ConfigPosition InFile(Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>Records an error at a node.</summary>
    public void Add(YamlNode node, string path, string message) => Add(Locate(node), path, message);

    /// <summary>Records an error at a position; control characters and line separators quoted from the config are escaped, so an error is one line.</summary>
    public void Add(ConfigPosition position, string path, string message) =>
        _errors.Add(new ConfigError(position.File, position.Line, position.Column, OneLine(path), OneLine(message)));

    /// <summary>Records an error positioned in another file the config names (a cue file), made one line.</summary>
    public void Add(ConfigError error) =>
        _errors.Add(error with { KeyPath = OneLine(error.KeyPath), Message = OneLine(error.Message) });

    /// <summary><paramref name="text"/> with control characters and line separators as escapes (<c>\n</c>, <c>\u2028</c>).</summary>
    public static string OneLine(string text)
    {
        if (!text.Any(IsBreaking))
        {
            return text;
        }

        var line = new System.Text.StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            line.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsBreaking(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return line.ToString();
    }

    /// <summary>The errors: the file's first, then those of files it names, then the <c>--set</c> arguments', each by line and column.</summary>
    public IReadOnlyList<ConfigError> Sorted() =>
        [.. _errors
            .OrderBy(e => e.File == ConfigError.SetSource ? 2 : e.File == file ? 0 : 1)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Column)];

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
