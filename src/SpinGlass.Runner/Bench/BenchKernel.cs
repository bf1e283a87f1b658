namespace SpinGlass.Runner.Bench;

/// <summary>A named benchmark kernel: how to prepare its workload and which C yardstick programs do the same work.</summary>
/// <param name="Name">The kernel name used by <c>--kernel</c> and in the report.</param>
/// <param name="Unit">What one update is, for the table header (e.g. "neuron update", "spin-flip attempt").</param>
/// <param name="Create">Builds the workload; the argument is true for the <c>--quick</c> sizes.</param>
/// <param name="Yardstick">The C programs doing the same work, the first being the reference for the ratio.</param>
internal sealed record BenchKernel(
    string Name,
    string Unit,
    Func<bool, BenchWorkload> Create,
    Func<bool, IReadOnlyList<YardstickProgram>> Yardstick);
