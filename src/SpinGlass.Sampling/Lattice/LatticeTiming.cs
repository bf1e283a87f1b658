using System.Diagnostics;

namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// A plain wall-clock timing of a lattice sampler, for a benchmark command to call: a warm-up (at least the given
/// sweeps and a quarter of a second, so that the JIT has tiered the sweep up), then repeated batches of sweeps,
/// reported as nanoseconds per attempted spin update. For careful comparisons prefer BenchmarkDotNet.
/// </summary>
public static class LatticeTiming
{
    /// <summary>Times <paramref name="repetitions"/> batches of <paramref name="sweeps"/> sweeps after <paramref name="warmup"/> sweeps.</summary>
    /// <returns>The nanoseconds per attempt of each batch, in the order measured.</returns>
    public static double[] NanosecondsPerAttempt(ILatticeSampler sampler, int sweeps = 20, int repetitions = 5, int warmup = 50)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentOutOfRangeException.ThrowIfLessThan(sweeps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        long warm = Stopwatch.GetTimestamp();
        for (int sweep = 0; sweep < warmup || Stopwatch.GetElapsedTime(warm) < TimeSpan.FromSeconds(0.25); sweep++)
        {
            sampler.Sweep();
        }

        var times = new double[repetitions];
        for (int r = 0; r < repetitions; r++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int sweep = 0; sweep < sweeps; sweep++)
            {
                sampler.Sweep();
            }

            times[r] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / ((double)sweeps * sampler.N);
        }

        return times;
    }
}
