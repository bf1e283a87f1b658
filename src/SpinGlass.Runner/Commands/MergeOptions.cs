namespace SpinGlass.Runner.Commands;

/// <summary>The options of <c>spinglass merge OUT</c> (as for <c>run</c>: <c>--no-charts</c>, <c>--json</c>, <c>--verbose</c>, <c>--reuse-points</c>).</summary>
internal sealed record MergeOptions(
    string OutDirectory,
    bool NoCharts = false,
    bool Json = false,
    bool Verbose = false,
    bool ReusePoints = false);
