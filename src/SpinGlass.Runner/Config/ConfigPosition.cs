namespace SpinGlass.Runner.Config;

/// <summary>A 1-based position in a config file or in a <c>--set</c> argument (see <see cref="ConfigError"/>).</summary>
internal readonly record struct ConfigPosition(string File, int Line, int Column);
