using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SpinGlass.Runner.Bench;

/// <summary>
/// The CPU time of the calling thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, as the C yardstick uses) on
/// Linux; elsewhere, or if the call fails, a <see cref="Stopwatch"/> (wall time of the single benchmark thread).
/// </summary>
/// <remarks>Thread CPU time excludes the time the thread is descheduled, which matters on a shared machine.</remarks>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True when readings are thread CPU time; false when they fall back to wall time.</summary>
    public static bool IsThreadCpuTime { get; } = Probe();

    /// <summary>The name of the clock in use, for the report.</summary>
    public static string Name => IsThreadCpuTime ? "thread-cpu" : "stopwatch";

    /// <summary>The current reading in nanoseconds (only differences are meaningful).</summary>
    public static long NowNanoseconds()
    {
        if (IsThreadCpuTime && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return time.Seconds * 1_000_000_000L + time.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clockId, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
