using System.Diagnostics;
using System.Globalization;
using SpinGlass.Analysis.Experiments;

namespace SpinGlass.Runner.Cluster;

/// <summary>
/// The time and memory a shard is suggested to request when <c>spinglass slurm</c> is not told: the time from the
/// cost estimate (the dearest shard's cost, priced by timing one trial of the cheapest point here), the memory from the
/// config's memory checks. Both carry a margin, because a shard that runs out of either is killed.
/// </summary>
internal static class ShardEstimate
{
    /// <summary>How long the pricing trial may run before it is stopped.</summary>
    public static readonly TimeSpan CalibrationBudget = TimeSpan.FromSeconds(10);

    /// <summary>What the runtime itself holds besides the trials (measured: a small run peaks near 150 MiB).</summary>
    public const long RuntimeBytes = 256L << 20;

    /// <summary>The shortest time suggested for any job.</summary>
    public static readonly TimeSpan MinimumTime = TimeSpan.FromMinutes(10);

    /// <summary>Seconds per unit of cost, from one trial of the cheapest point; <c>AtLeast</c> when that trial was stopped at the budget.</summary>
    public static (double SecondsPerCost, bool AtLeast, int Point, double Seconds) Calibrate(IExperiment experiment, ulong seed, IReadOnlyList<double> costs)
    {
        int point = Enumerable.Range(0, costs.Count).Where(p => costs[p] > 0).DefaultIfEmpty(0).MinBy(p => costs[p]);
        using var stop = new CancellationTokenSource(CalibrationBudget);
        var clock = Stopwatch.StartNew();
        bool stopped = false;
        try
        {
            experiment.RunTrial(new TrialContext(seed, point, 0, stop.Token));
        }
        catch (OperationCanceledException)
        {
            stopped = true;
        }

        double seconds = clock.Elapsed.TotalSeconds;
        return (seconds / Math.Max(costs[point], 1e-300), stopped, point, seconds);
    }

    /// <summary>The time request for a job expected to take <paramref name="expectedSeconds"/>: twice that plus two minutes, in whole minutes.</summary>
    public static TimeSpan Request(double expectedSeconds)
    {
        double seconds = (2 * expectedSeconds) + 120;
        var time = TimeSpan.FromMinutes(Math.Ceiling(Math.Min(seconds, TimeSpan.FromDays(365).TotalSeconds) / 60));
        return time < MinimumTime ? MinimumTime : time;
    }

    /// <summary>
    /// The share of a job's memory limit a shard's own memory check allows: the check's 80 % of what the GC reports,
    /// which under a cgroup limit (Slurm's <c>--mem</c> enforced) is 75 % of the limit.
    /// </summary>
    public const double UsableShare = 0.8 * 0.75;

    /// <summary>
    /// The memory request for trials needing <paramref name="bytes"/> at once, such that the shard's own memory check
    /// passes under the limit (<see cref="UsableShare"/>), plus the runtime, in MiB multiples of 64.
    /// </summary>
    public static long MemoryRequestMiB(long? bytes)
    {
        double total = (((bytes ?? 0) / UsableShare) + RuntimeBytes) / (1 << 20);
        return (long)Math.Ceiling(total / 64) * 64;
    }

    /// <summary>A time in Slurm's <c>D-HH:MM:SS</c> / <c>HH:MM:SS</c> form.</summary>
    public static string Format(TimeSpan time) =>
        time.Days > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{time.Days}-{time.Hours:D2}:{time.Minutes:D2}:{time.Seconds:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Hours:D2}:{time.Minutes:D2}:{time.Seconds:D2}");

    /// <summary>The shortest time limit accepted: the warning comes at least a minute before the limit, and a shard needs time to work.</summary>
    public static readonly TimeSpan ShortestLimit = TimeSpan.FromMinutes(5);

    /// <summary>The warning signal's lead before the time limit: a tenth of the limit, between one and five minutes.</summary>
    public static int SignalSeconds(TimeSpan? limit) =>
        limit is TimeSpan t ? (int)Math.Clamp(t.TotalSeconds / 10, 60, 300) : 120;
}
