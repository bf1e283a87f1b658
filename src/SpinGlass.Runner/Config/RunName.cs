using System.Text;

namespace SpinGlass.Runner.Config;

/// <summary>Checks the run's name, which becomes a directory name (<c>results/NAME/</c>).</summary>
internal static class RunName
{
    /// <summary>The longest name in UTF-8 bytes: most file systems allow 255 bytes per path component.</summary>
    public const int MaxBytes = 255;

    private const string Advice = "use letters, digits, '.', '-' and '_'";

    // '\\' and the characters Windows refuses are kept out everywhere, so that results can be copied between systems
    private static readonly char[] Forbidden = [.. Path.GetInvalidFileNameChars().Concat(['/', '\\', '<', '>', ':', '"', '|', '?', '*']).Distinct()];

    /// <summary>What is wrong with <paramref name="name"/> as a directory name, or <see langword="null"/>.</summary>
    public static string? Problem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int bytes = Encoding.UTF8.GetByteCount(name);
        if (bytes > MaxBytes)
        {
            return $"is {bytes} bytes long; a directory name (results/NAME/) has at most {MaxBytes}";
        }

        if (name is "." or ".." || name.Trim().Length == 0)
        {
            return $"'{name}' cannot be a directory name (results/NAME/); {Advice}";
        }

        int bad = name.ToList().FindIndex(c => char.IsControl(c) || Forbidden.Contains(c));
        if (bad >= 0)
        {
            string shown = char.IsControl(name[bad]) ? $"U+{(int)name[bad]:X4}" : $"'{name[bad]}'";
            return $"'{Shown(name)}' cannot be a directory name (results/NAME/): it contains {shown}; {Advice}";
        }

        if (name != name.Trim())
        {
            return $"'{name}' cannot be a directory name (results/NAME/): it starts or ends with white space; {Advice}";
        }

        return null;
    }

    private static string Shown(string name) => new([.. name.Select(c => char.IsControl(c) ? '?' : c)]);
}
