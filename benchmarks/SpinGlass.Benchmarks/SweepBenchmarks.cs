using BenchmarkDotNet.Attributes;
using SpinGlass.Runner.Bench;

namespace SpinGlass.Benchmarks;

/// <summary>
/// One sweep of each <c>spinglass bench</c> kernel at its full size; the memory diagnoser shows that a sweep
/// allocates nothing.
/// </summary>
/// <remarks>
/// The chain continues from sweep to sweep, so the zero-temperature kernels are timed mostly at their fixed point
/// (every update computes a field, almost none flips), as in the later sweeps of <c>spinglass bench</c>.
/// </remarks>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private BenchWorkload? _workload;

    /// <summary>The kernel names of the bench table.</summary>
    public static IEnumerable<string> Kernels => BenchKernels.All.Select(k => k.Name);

    /// <summary>The kernel under test.</summary>
    [ParamsSource(nameof(Kernels))]
    public string Kernel { get; set; } = "";

    /// <summary>Builds the workload and puts it at its start state.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = (BenchKernels.Find(Kernel) ?? throw new InvalidOperationException($"unknown kernel {Kernel}")).Create(false);
        _workload.Reset?.Invoke();
    }

    /// <summary>One sweep: N single-spin updates.</summary>
    [Benchmark]
    public void Sweep() => _workload!.Sweep();
}
