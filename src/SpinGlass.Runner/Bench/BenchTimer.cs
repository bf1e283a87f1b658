namespace SpinGlass.Runner.Bench;

/// <summary>
/// Times a workload on the calling thread: warm-up runs until the JIT has settled (at least a minimum time and
/// enough sweeps for the tiered JIT to promote the sweep to optimised code), then a fixed number of timed runs;
/// <see cref="BenchWorkload.Reset"/> is untimed.
/// </summary>
internal static class BenchTimer
{
    public static KernelTiming Measure(BenchWorkload workload, int repetitions, double warmupSeconds, int warmupSweeps, CancellationToken cancellation)
    {
        WarmUp(workload, warmupSeconds, warmupSweeps, cancellation);
        var runs = new double[repetitions];
        for (int r = 0; r < repetitions; r++)
        {
            cancellation.ThrowIfCancellationRequested();
            runs[r] = PerUpdate(workload, RunOnce(workload));
        }

        return new KernelTiming(runs);
    }

    /// <summary>
    /// Times several workloads side by side: each is warmed up, then every round times one run of each in turn, right
    /// after an untimed run of the same workload (so that it starts with its own data in the caches, not the previous
    /// kernel's). A slow stretch of a shared machine then falls on every kernel alike instead of on one of them.
    /// </summary>
    public static IReadOnlyList<KernelTiming> MeasureInterleaved(IReadOnlyList<BenchWorkload> workloads, int rounds, double warmupSeconds, int warmupSweeps, CancellationToken cancellation)
    {
        foreach (var workload in workloads)
        {
            WarmUp(workload, warmupSeconds, warmupSweeps, cancellation);
        }

        var runs = workloads.Select(_ => new double[rounds]).ToArray();
        for (int r = 0; r < rounds; r++)
        {
            for (int k = 0; k < workloads.Count; k++)
            {
                cancellation.ThrowIfCancellationRequested();
                RunOnce(workloads[k]);
                runs[k][r] = PerUpdate(workloads[k], RunOnce(workloads[k]));
            }
        }

        return runs.Select(r => new KernelTiming(r)).ToList();
    }

    private static double PerUpdate(BenchWorkload workload, long nanoseconds) =>
        nanoseconds / ((double)workload.Sweeps * workload.UpdatesPerSweep);

    private static void WarmUp(BenchWorkload workload, double warmupSeconds, int warmupSweeps, CancellationToken cancellation)
    {
        long warmupEnd = ThreadCpuClock.NowNanoseconds() + (long)(warmupSeconds * 1e9);
        int swept = 0;
        do
        {
            cancellation.ThrowIfCancellationRequested();
            RunOnce(workload);
            swept += workload.Sweeps;
        }
        while (ThreadCpuClock.NowNanoseconds() < warmupEnd || swept < warmupSweeps);
    }

    /// <summary>One run: reset (untimed), then the timed sweeps; returns the elapsed nanoseconds.</summary>
    private static long RunOnce(BenchWorkload workload)
    {
        workload.Reset?.Invoke();
        var sweep = workload.Sweep;
        long start = ThreadCpuClock.NowNanoseconds();
        for (int s = 0; s < workload.Sweeps; s++)
        {
            sweep();
        }

        return ThreadCpuClock.NowNanoseconds() - start;
    }
}
