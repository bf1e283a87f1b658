using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SpinGlass.Benchmarks;

/// <summary>
/// BenchmarkDotNet entry point: <c>dotnet run -c Release --project benchmarks/SpinGlass.Benchmarks -- --filter '*'</c>.
/// Benchmarks run in process (the repository's central package management and lock files do not suit the
/// generated out-of-process project) with the short job (3 warm-up and 3 measured iterations). <c>-- --allocations</c>
/// instead counts the bytes the thread allocates per sweep of each kernel (exit code 1 if any allocates).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--allocations"])
        {
            return AllocationCheck.Run(Console.Out);
        }

        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
