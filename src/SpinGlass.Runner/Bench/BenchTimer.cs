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
        long warmupEnd = ThreadCpuClock.NowNanoseconds() + (long)(warmupSeconds * 1e9);
        int swept = 0;
        do
        {
            cancellation.ThrowIfCancellationRequested();
            RunOnce(workload);
            swept += workload.Sweeps;
        }
        while (ThreadCpuClock.NowNanoseconds() < warmupEnd || swept < warmupSweeps);

        var runs = new double[repetitions];
        for (int r = 0; r < repetitions; r++)
        {
            cancellation.ThrowIfCancellationRequested();
            runs[r] = RunOnce(workload) / ((double)workload.Sweeps * workload.UpdatesPerSweep);
        }

        return new KernelTiming(runs);
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
