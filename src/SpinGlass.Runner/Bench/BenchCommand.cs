using SpinGlass.Runner.Commands;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Bench;

/// <summary>
/// <c>spinglass bench</c>: times the fixed kernels (median ns per update over repeated runs after a warm-up, on
/// one thread, by thread CPU time), prints a table, optionally beside the C yardstick, and writes JSON atomically.
/// </summary>
internal static class BenchCommand
{
    private const int Repetitions = 11;
    private const int QuickRepetitions = 3;
    private const double WarmupSeconds = 1.0;
    private const double QuickWarmupSeconds = 0.02;

    // Tiered compilation promotes a method after 30 calls (and a 100 ms delay); 60 sweeps leave room for that.
    private const int WarmupSweeps = 60;

    public static int Execute(BenchOptions options, TextWriter output, TextWriter log, CancellationToken cancellation)
    {
        var unknown = options.Kernels.Where(k => BenchKernels.Find(k) is null).ToList();
        if (unknown.Count > 0)
        {
            foreach (string name in unknown)
            {
                log.WriteLine($"--kernel: unknown kernel '{name}'; the kernels are: {string.Join(", ", BenchKernels.All.Select(k => k.Name))}");
            }

            return ExitCodes.BadInput;
        }

        if (options.YardstickDirectory is string directory && !Directory.Exists(directory))
        {
            log.WriteLine($"--yardstick: directory '{directory}' not found");
            return ExitCodes.BadInput;
        }

        if (options.JsonPath is string jsonPath && Path.GetDirectoryName(Path.GetFullPath(jsonPath)) is string parent && !Directory.Exists(parent))
        {
            log.WriteLine($"--json: directory '{parent}' not found");
            return ExitCodes.BadInput;
        }

        if (options.Repetitions is int r && r is < 1 or > 10000)
        {
            log.WriteLine($"--repetitions: {r} is out of range; allowed: 1 … 10000");
            return ExitCodes.BadInput;
        }

        var kernels = options.Kernels.Count == 0
            ? BenchKernels.All
            : BenchKernels.All.Where(k => options.Kernels.Contains(k.Name)).ToList();
        int repetitions = options.Repetitions ?? (options.Quick ? QuickRepetitions : Repetitions);
        log.WriteLine($"spinglass bench: {kernels.Count} kernel(s), median of {repetitions} runs after warm-up{(options.Interleave ? ", interleaved in rounds" : "")}, clock {ThreadCpuClock.Name}, one thread{(options.Quick ? ", quick sizes (a smoke test, not a measurement)" : "")}");
        try
        {
            var reports = Measure(kernels, options, repetitions, output, cancellation);
            if (options.JsonPath is string path)
            {
                AtomicFile.WriteAllBytes(path, BenchJson.Format(reports, options.Quick));
                log.WriteLine($"wrote {path}");
            }

            return ExitCodes.Success;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            log.WriteLine("interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"error: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }
    }

    private static List<KernelReport> Measure(IReadOnlyList<BenchKernel> kernels, BenchOptions options, int repetitions, TextWriter output, CancellationToken cancellation)
    {
        bool withYardstick = options.YardstickDirectory is not null;
        double warmupSeconds = options.Quick ? QuickWarmupSeconds : WarmupSeconds;
        int warmupSweeps = options.Quick ? 0 : WarmupSweeps;
        BenchTable.WriteHeader(output, withYardstick);
        var reports = new List<KernelReport>();
        if (options.Interleave)
        {
            var workloads = kernels.Select(k => k.Create(options.Quick)).ToList();
            var timings = BenchTimer.MeasureInterleaved(workloads, repetitions, warmupSeconds, warmupSweeps, cancellation);
            for (int k = 0; k < kernels.Count; k++)
            {
                reports.Add(Report(kernels[k], workloads[k], timings[k], options, output, withYardstick, cancellation));
            }

            return reports;
        }

        foreach (var kernel in kernels)
        {
            var workload = kernel.Create(options.Quick);
            var timing = BenchTimer.Measure(workload, repetitions, warmupSeconds, warmupSweeps, cancellation);
            reports.Add(Report(kernel, workload, timing, options, output, withYardstick, cancellation));
        }

        return reports;
    }

    /// <summary>Runs the kernel's yardstick programs (if asked), prints its row and returns its report.</summary>
    private static KernelReport Report(BenchKernel kernel, BenchWorkload workload, KernelTiming timing, BenchOptions options, TextWriter output, bool withYardstick, CancellationToken cancellation)
    {
        var yardstick = options.YardstickDirectory is string directory
            ? kernel.Yardstick(options.Quick).Select(p => YardstickRunner.Run(directory, p, cancellation)).ToList()
            : [];
        var report = new KernelReport(kernel, workload.Parameters, timing, yardstick);
        BenchTable.WriteRow(output, report, withYardstick);
        output.Flush();
        return report;
    }
}
