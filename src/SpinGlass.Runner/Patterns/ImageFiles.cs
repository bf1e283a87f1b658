using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Patterns;

/// <summary>Resolves the <c>model.files</c> key: comma-separated paths or file globs, relative to the config file.</summary>
internal static class ImageFiles
{
    public static IReadOnlyList<string> Resolve(string configPath, string spec)
    {
        var files = new List<string>();
        foreach (string part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string full = ConfigPaths.Resolve(configPath, part);
            string name = Path.GetFileName(full);
            if (name.Contains('*', StringComparison.Ordinal) || name.Contains('?', StringComparison.Ordinal))
            {
                string folder = Path.GetDirectoryName(full) ?? ".";
                files.AddRange(Directory.Exists(folder) ? Directory.GetFiles(folder, name).Order(StringComparer.Ordinal) : []);
            }
            else
            {
                files.Add(full);
            }
        }

        return files;
    }

    /// <summary>Problems with the files (none listed, missing, undecodable), as messages.</summary>
    public static IEnumerable<string> Check(string configPath, string spec)
    {
        var files = Resolve(configPath, spec);
        if (files.Count == 0)
        {
            yield return $"'{spec}' names no image file; give comma-separated paths or globs relative to the config, e.g. images/*.png";
            yield break;
        }

        foreach (string file in files)
        {
            string? problem = null;
            try
            {
                ImagePatterns.LoadPixels(file, 2, 2);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
            {
                problem = e.Message;
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }
}
