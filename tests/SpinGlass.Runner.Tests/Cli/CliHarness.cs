using System.Diagnostics;
using SpinGlass.Runner.Commands;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>Drives the CLI in-process or as a real process, in a scratch directory.</summary>
internal sealed class CliHarness : IDisposable
{
    public const string TinyIsing = """
        experiment: ising
        seed: 5
        trials: 2
        model: { lattice: square, L: [4, 6] }
        T: [1.8, 2.3, 2.8]
        dynamics: { thermalize: 100, measure: 1024 }
        """;

    /// <summary>Six points of ~0.1 s each on one thread: slow enough to interrupt between points.</summary>
    public const string InterruptibleIsing = """
        experiment: ising
        seed: 8
        trials: 2
        model: { lattice: square, L: [8, 12] }
        T: [1.8, 2.3, 2.8]
        dynamics: { thermalize: 200, measure: 16384 }
        """;

    /// <summary>40 points of seconds each on one thread: a real process to interrupt, signal or hold a lock with.</summary>
    public const string SlowIsing = """
        experiment: ising
        seed: 11
        trials: 2
        model: { lattice: square, L: [6, 8] }
        T: {from: 1.5, to: 3.4, step: 0.1}
        dynamics: { thermalize: 500, measure: 65536 }
        """;

    public CliHarness() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "spinglass-tests", Guid.NewGuid().ToString("N"));

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SpinGlass.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("SpinGlass.sln not found above the test binaries.");
        }
    }

    public string Write(string name, string text)
    {
        string path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public static (int Exit, string Output, string Log) Run(params string[] args) => Run(CancellationToken.None, args);

    public static (int Exit, string Output, string Log) Run(CancellationToken cancellation, params string[] args)
    {
        using var output = new StringWriter();
        using var log = new StringWriter();
        int exit = Commands.Cli.Invoke(args, output, log, interactive: false, cancellation);
        return (exit, output.ToString(), log.ToString());
    }

    /// <summary>Starts the real <c>spinglass</c> executable (the Runner assembly next to the tests).</summary>
    public static Process Start(params string[] args) => StartWith(new Dictionary<string, string>(), args);

    /// <summary>Starts the real <c>spinglass</c> executable with extra environment variables (e.g. a GC heap limit).</summary>
    public static Process StartWith(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        // env execs dotnet (same pid) with SIGINT's default action: a test run started in the background of a
        // non-interactive shell (`cmd &`, nohup) inherits SIGINT ignored, which .NET and every child keep, and the
        // interruption tests' `kill -INT` would then be ignored as that shell meant it to be
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spinglass.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start spinglass");
    }

    /// <summary>Waits until <paramref name="process"/> has saved <paramref name="count"/> points in <paramref name="outDirectory"/> (a hang guard of five minutes).</summary>
    public static void WaitForPoints(Process process, string outDirectory, int count)
    {
        string points = Path.Combine(outDirectory, ".points");
        var clock = Stopwatch.StartNew();
        while (!(Directory.Exists(points) && Directory.GetFiles(points, "point-*.json").Length >= count))
        {
            Assert.False(process.HasExited, $"the run finished before it had saved {count} point(s)");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), "no point was finished within five minutes (hang guard)");
            Thread.Sleep(5);
        }
    }

    public static Dictionary<string, byte[]> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(f => Path.GetFileName(f) != "summary.json")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    /// <summary>summary.json without the fields that record when the run happened.</summary>
    public static string SummaryWithoutTiming(string directory) =>
        string.Join('\n', File.ReadAllLines(Path.Combine(directory, "summary.json"))
            .Where(line => !line.Contains("\"started\"", StringComparison.Ordinal)
                && !line.Contains("\"finished\"", StringComparison.Ordinal)
                && !line.Contains("\"elapsed_seconds\"", StringComparison.Ordinal)));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
