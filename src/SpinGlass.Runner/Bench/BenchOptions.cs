namespace SpinGlass.Runner.Bench;

/// <summary>The options of <c>spinglass bench</c>.</summary>
/// <param name="JsonPath">Where to write the JSON report; null writes none.</param>
/// <param name="Quick">Small sizes and few repetitions: a smoke test, not a measurement.</param>
/// <param name="Kernels">The kernels to time; empty means all of them.</param>
/// <param name="YardstickDirectory">The directory of the C yardstick binaries; null skips the comparison.</param>
internal sealed record BenchOptions(string? JsonPath, bool Quick, IReadOnlyList<string> Kernels, string? YardstickDirectory);
