namespace SpinGlass.Runner.Bench;

/// <summary>The options of <c>spinglass bench</c>.</summary>
/// <param name="JsonPath">Where to write the JSON report; null writes none.</param>
/// <param name="Quick">Small sizes and few repetitions: a smoke test, not a measurement.</param>
/// <param name="Kernels">The kernels to time; empty means all of them.</param>
/// <param name="YardstickDirectory">The directory of the C yardstick binaries; null skips the comparison.</param>
/// <param name="Interleave">
/// Time the kernels in rounds — one timed run of each per round, after an untimed run that warms its caches — so that the
/// ratios between kernels come from the same seconds of a shared machine; otherwise each kernel's runs are consecutive.
/// </param>
/// <param name="Repetitions">Timed runs per kernel; null takes the default (11, or 3 with <paramref name="Quick"/>).</param>
internal sealed record BenchOptions(string? JsonPath, bool Quick, IReadOnlyList<string> Kernels, string? YardstickDirectory, bool Interleave = false, int? Repetitions = null);
