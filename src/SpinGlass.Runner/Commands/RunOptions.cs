namespace SpinGlass.Runner.Commands;

/// <summary>The options of <c>spinglass run</c>.</summary>
internal sealed record RunOptions(
    string ConfigPath,
    string? OutDirectory,
    ulong? Seed,
    int? Threads,
    IReadOnlyList<string> Sets,
    bool NoCharts);
