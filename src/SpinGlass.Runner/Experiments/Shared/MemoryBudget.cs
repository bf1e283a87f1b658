using System.Globalization;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// The memory check made before a run starts: the bytes each trial holds times the trials that run at once
/// (<see cref="ResolvedConfig.ConcurrentTrials"/>: <c>min(threads, points × trials)</c>), plus what all trials share and
/// what the run keeps for its report, against 80 % of the memory available to the process.
/// </summary>
internal static class MemoryBudget
{
    /// <summary>The share of the available memory a run may plan to use.</summary>
    public const double Share = 0.8;

    /// <summary>The memory available to this process (the GC's view: physical memory or the container's limit).</summary>
    public static long Available => t_unlimited > 0 ? long.MaxValue : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>
    /// Lifts the checks on this thread until disposed, for commands that only read a config — <c>merge</c> computes
    /// nothing and <c>slurm</c> runs on a login node smaller than the compute nodes — while <see cref="Observe"/> still
    /// records the needs.
    /// </summary>
    public static IDisposable Unlimited()
    {
        t_unlimited++;
        return new Lift();
    }

    [ThreadStatic]
    private static int t_unlimited;

    private sealed class Lift : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                t_unlimited--;
            }
        }
    }

    /// <summary>A message when the run would not fit, else <see langword="null"/>.</summary>
    /// <param name="what">What is being sized, e.g. <c>N = 1000 with p = 50</c>.</param>
    /// <param name="perTrial">Bytes one trial holds.</param>
    /// <param name="perTrialWhat">What a trial holds, after "MiB", e.g. <c> of int16 rows</c>; may be empty.</param>
    /// <param name="concurrent">Trials in memory at once.</param>
    /// <param name="available">Bytes available.</param>
    /// <param name="advice">What to lower, e.g. <c>lower N or α</c>.</param>
    /// <param name="shared">Bytes held once for all trials (e.g. loaded images). The default is 0.</param>
    /// <param name="retained">Bytes kept until the report (e.g. every point's trace). The default is 0.</param>
    public static string? Problem(
        string what, double perTrial, string perTrialWhat, long concurrent, long available, string advice, double shared = 0, double retained = 0)
    {
        double needed = (perTrial * concurrent) + shared + retained;
        t_current?.Record(needed);
        if (needed <= available * Share)
        {
            return null;
        }

        string parts = $"{MiB(perTrial)} MiB{perTrialWhat} per trial × {concurrent} concurrent trials"
            + (shared > 0 ? $" + {MiB(shared)} MiB shared by all trials" : "")
            + (retained > 0 ? $" + {MiB(retained)} MiB kept for the report" : "");
        return $"{what} needs about {MiB(needed)} MiB ({parts}), more than {Share * 100:0} % of this machine's {MiB(available)} MiB; {advice}";
    }

    /// <summary>
    /// Records, on this thread until disposed, the largest need any memory check computes (a config's checks run while
    /// it is loaded): <c>spinglass slurm</c> asks for that much memory per shard.
    /// </summary>
    public static Observation Observe() => t_current = new Observation(t_current);

    [ThreadStatic]
    private static Observation? t_current;

    /// <summary>The needs recorded since <see cref="Observe"/>.</summary>
    public sealed class Observation(Observation? outer) : IDisposable
    {
        private double _largest;

        /// <summary>The largest need in bytes, or null when no memory check ran.</summary>
        public long? LargestBytes => _largest > 0 ? (long)Math.Ceiling(_largest) : null;

        /// <inheritdoc />
        public void Dispose()
        {
            outer?.Record(_largest);
            t_current = outer;
        }

        internal void Record(double bytes) => _largest = Math.Max(_largest, bytes);
    }

    private static string MiB(double bytes) => Math.Floor(bytes / (1 << 20)).ToString("0", CultureInfo.InvariantCulture);
}
