using System.Globalization;
using SpinGlass.Runner.Bench;

namespace SpinGlass.Benchmarks;

/// <summary>
/// Counts the bytes the benchmark thread allocates over many sweeps of each kernel after a warm-up
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>): a direct check of "zero allocation per sweep" that background
/// threads (tiered JIT, timers) cannot blur, unlike an in-process memory diagnoser.
/// </summary>
internal static class AllocationCheck
{
    public static int Run(TextWriter output)
    {
        int failures = 0;
        foreach (var kernel in BenchKernels.All)
        {
            var workload = kernel.Create(false);
            workload.Reset?.Invoke();
            for (int s = 0; s < 100; s++)
            {
                workload.Sweep();
            }

            const int Sweeps = 200;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int s = 0; s < Sweeps; s++)
            {
                workload.Sweep();
            }

            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            failures += bytes == 0 ? 0 : 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kernel.Name,-20} {bytes,8} bytes allocated in {Sweeps} sweeps"));
        }

        return failures == 0 ? 0 : 1;
    }
}
