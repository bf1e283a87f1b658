using SpinGlass.Runner.Bench;

namespace SpinGlass.Runner.Tests.Cli;

public sealed class SweepAllocationTests
{
    public static TheoryData<string> Kernels() => [.. BenchKernels.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kernels))]
    public void A_sweep_of_every_bench_kernel_allocates_nothing(string name)
    {
        // no allocation in hot loops (docs/performance.md). The count is the calling thread's own (background JIT work is not counted).
        var workload = BenchKernels.Find(name)!.Create(true);
        for (int sweep = 0; sweep < 5; sweep++)
        {
            workload.Sweep();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int sweep = 0; sweep < 20; sweep++)
        {
            workload.Sweep();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
