using System.Text;

namespace SpinGlass.Runner.Commands;

/// <summary>Usage errors of an output directory path, found before anything runs (exit 2).</summary>
internal static class OutDirectoryCheck
{
    /// <summary>The longest file or directory name most filesystems accept, in UTF-8 bytes.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Null when <paramref name="path"/> can be an output directory; otherwise one line saying why not.</summary>
    public static string? Problem(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return $"{what}: an empty path; give the directory to write to";
        }

        if (path.IndexOfAny([.. Path.GetInvalidPathChars(), '\0']) >= 0)
        {
            return $"{what}: '{path}' contains a character not allowed in paths";
        }

        string? tooLong = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
            .FirstOrDefault(part => Encoding.UTF8.GetByteCount(part) > MaxNameBytes);
        if (tooLong is not null)
        {
            return $"{what}: the name '{tooLong[..Math.Min(40, tooLong.Length)]}…' has {Encoding.UTF8.GetByteCount(tooLong)} bytes, more than the {MaxNameBytes} a filesystem allows; choose a shorter name";
        }

        return File.Exists(path) ? $"{what}: {path} is a file, not a directory; choose a directory" : null;
    }
}
