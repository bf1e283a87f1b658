namespace SpinGlass.Runner.Bench;

/// <summary>The C yardstick's median for one variant, or why there is none.</summary>
/// <param name="Program">The invocation.</param>
/// <param name="NsPerUpdate">The median it printed, or null when it failed.</param>
/// <param name="Problem">Why there is no number (missing binary, exit code, unparsable output).</param>
internal sealed record YardstickResult(YardstickProgram Program, double? NsPerUpdate, string? Problem);
