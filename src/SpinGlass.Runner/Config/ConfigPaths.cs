namespace SpinGlass.Runner.Config;

/// <summary>Paths a config names (image files, a cue file): relative to the config file's directory.</summary>
internal static class ConfigPaths
{
    /// <summary>The full path of <paramref name="relative"/> (or an absolute path as it is) beside the config at <paramref name="configPath"/>.</summary>
    public static string Resolve(string configPath, string relative) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".", relative));

    /// <summary>The path as the user would write it from where the config was named, for messages, e.g. <c>examples/x/cue.txt</c>.</summary>
    public static string Display(string configPath, string relative) => Path.Combine(Path.GetDirectoryName(configPath) ?? "", relative);
}
