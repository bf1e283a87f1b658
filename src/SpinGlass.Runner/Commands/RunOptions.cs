namespace SpinGlass.Runner.Commands;

/// <summary>
/// The options of <c>spinglass run</c>: <c>--quiet</c> silences progress (stderr), <c>--json</c> prints summary.json on
/// stdout instead of the result lines, <c>--verbose</c> adds stack traces to errors, <c>--reuse-points</c> keeps points
/// saved by another version of SpinGlass, <c>--shard K/N</c> computes only shard K of N (docs/cluster.md).
/// </summary>
internal sealed record RunOptions(
    string ConfigPath,
    string? OutDirectory,
    ulong? Seed,
    int? Threads,
    IReadOnlyList<string> Sets,
    bool NoCharts,
    bool Quiet = false,
    bool Json = false,
    bool Verbose = false,
    bool ReusePoints = false,
    string? Shard = null);
