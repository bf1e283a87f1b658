using System.Text;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Reads a config file, turning every way that can fail (no such file, a directory, no permission, a device that never
/// ends) into one unpositioned <see cref="ConfigError"/> instead of an exception.
/// </summary>
internal static class ConfigFile
{
    /// <summary>The largest config read, in characters: a config is a few lines of YAML, and a device such as /dev/zero never ends.</summary>
    public const int MaxChars = 16 << 20;

    /// <summary>The text of the file, or <see langword="null"/> with the reason in <paramref name="error"/>.</summary>
    public static string? Read(string path, out ConfigError? error) => Read(path, path, "config", "a config is a few lines of YAML", out error);

    /// <summary>
    /// The text of a file at <paramref name="path"/> (named <paramref name="display"/> in errors) that holds a
    /// <paramref name="what"/>, or <see langword="null"/> with the reason in <paramref name="error"/>;
    /// <paramref name="sizeHint"/> says why a huge file is wrong.
    /// </summary>
    public static string? Read(string path, string display, string what, string sizeHint, out ConfigError? error)
    {
        error = null;
        try
        {
            if (Directory.Exists(path))
            {
                error = ConfigError.Unpositioned(display, $"is a directory, not a {what} file");
                return null;
            }

            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = new StringBuilder();
            var buffer = new char[1 << 16];
            for (int read; (read = reader.ReadBlock(buffer, 0, buffer.Length)) > 0;)
            {
                if (text.Length + read > MaxChars)
                {
                    error = ConfigError.Unpositioned(display, $"is larger than {MaxChars >> 20} Mi characters; {sizeHint}");
                    return null;
                }

                text.Append(buffer, 0, read);
            }

            return text.ToString();
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            error = ConfigError.Unpositioned(display, "no such file");
        }
        catch (UnauthorizedAccessException)
        {
            error = ConfigError.Unpositioned(display, $"cannot read the {what}: permission denied");
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or NotSupportedException)
        {
            error = ConfigError.Unpositioned(display, $"cannot read the {what}: {exception.Message}");
        }

        return null;
    }
}
