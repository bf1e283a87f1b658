using System.Collections.Concurrent;

namespace SpinGlass.Runner.Config;

/// <summary>Parses a data file's text; null with the first positioned error when the text breaks the file's rules.</summary>
internal delegate T? DataFileParser<T>(string text, out (int Line, int Column, string Message)? error)
    where T : class;

/// <summary>
/// A data file a config names (couplings, graph), read relative to the config, parsed once per content (cached by path,
/// size and time written), with its errors as the config system reports them: an unreadable file as one line, an error
/// inside it as <c>FILE:LINE:COLUMN: message</c>.
/// </summary>
internal sealed class ParsedConfigFile<T>(string what, string sizeHint, DataFileParser<T> parse)
    where T : class
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, T Value)> _parsed = new(StringComparer.Ordinal);

    /// <summary>The parsed file, or null with the <paramref name="problem"/> (unreadable, or FILE:LINE:COLUMN: …).</summary>
    public T? Read(ResolvedConfig config, string relative, out string? problem)
    {
        string path = ConfigPaths.Resolve(config.SourcePath, relative);
        var info = new FileInfo(path);
        if (info.Exists && _parsed.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
        {
            problem = null;
            return cached.Value;
        }

        if (Text(config, relative, out problem) is not { } text)
        {
            return null;
        }

        if (parse(text, out var error) is not { } value)
        {
            problem = $"{ConfigPaths.Display(config.SourcePath, relative)}:{error!.Value.Line}:{error.Value.Column}: {error.Value.Message}";
            return null;
        }

        _parsed[path] = (info.LastWriteTimeUtc, info.Length, value);
        return value;
    }

    /// <summary>Why the file cannot be read at all (missing, a directory, too large), or null.</summary>
    public string? Unreadable(ResolvedConfig config, string relative) => Text(config, relative, out string? problem) is null ? problem : null;

    /// <summary>The error inside a readable file, positioned in it; none when it parses or cannot be read (<see cref="Unreadable"/> says that).</summary>
    public IEnumerable<ConfigError> Check(ResolvedConfig config, string relative)
    {
        if (Text(config, relative, out _) is { } text && parse(text, out var error) is null && error is { } e)
        {
            yield return new ConfigError(ConfigPaths.Display(config.SourcePath, relative), e.Line, e.Column, "", e.Message);
        }
    }

    private string? Text(ResolvedConfig config, string relative, out string? problem)
    {
        string? text = ConfigFile.Read(ConfigPaths.Resolve(config.SourcePath, relative), ConfigPaths.Display(config.SourcePath, relative), what, sizeHint, out var error);
        problem = error?.ToString();
        return text;
    }
}
