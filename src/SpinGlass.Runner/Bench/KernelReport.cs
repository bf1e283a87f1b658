namespace SpinGlass.Runner.Bench;

/// <summary>One line of the benchmark report: the kernel, its timing, and the C figures beside it.</summary>
/// <param name="Kernel">The kernel.</param>
/// <param name="Parameters">The workload's parameters.</param>
/// <param name="Timing">SpinGlass's ns per update.</param>
/// <param name="Yardstick">The C yardstick figures (empty without <c>--yardstick</c>).</param>
internal sealed record KernelReport(
    BenchKernel Kernel,
    IReadOnlyList<KeyValuePair<string, object>> Parameters,
    KernelTiming Timing,
    IReadOnlyList<YardstickResult> Yardstick);
