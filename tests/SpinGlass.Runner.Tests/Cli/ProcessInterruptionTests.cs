using System.Diagnostics;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>Interruptions of the real executable: SIGINT (Ctrl-C), SIGTERM (Slurm, containers) and SIGKILL mid-run, then a resume.</summary>
public sealed class ProcessInterruptionTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Theory]
    [InlineData("INT", 130)]
    [InlineData("TERM", 143)]
    [InlineData("KILL", 137)]
    public void An_interrupted_process_keeps_finished_points_and_the_rerun_ends_byte_identical(string signal, int expectedExit)
    {
        string config = _harness.Write("slow.yaml", CliHarness.SlowIsing);
        string reference = Path.Combine(_harness.Root, "reference"), resumed = Path.Combine(_harness.Root, "resumed");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", reference, "--no-charts").Exit);

        using var process = CliHarness.Start("run", config, "--out", resumed, "--no-charts", "--threads", "1");
        string points = Path.Combine(resumed, ".points");
        CliHarness.WaitForPoints(process, resumed, 3);

        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        // a hang guard, not a timing requirement: how fast a loaded machine stops is not this test's business
        Assert.True(process.WaitForExit(60_000), "the process did not stop within a minute");
        Assert.Equal(expectedExit, process.ExitCode);
        Assert.False(File.Exists(Path.Combine(resumed, "results.csv")));
        int saved = Directory.GetFiles(points, "point-*.json").Length;
        Assert.InRange(saved, 3, 39);

        var (exit, _, log) = CliHarness.Run("run", config, "--out", resumed, "--no-charts", "--threads", "2");
        Assert.True(exit == 0, log);
        Assert.Contains($"resuming: {saved} of 40 points", log, StringComparison.Ordinal);
        RunCommandTests.AssertSameRun(reference, resumed);
        Assert.Empty(Directory.GetFiles(resumed, "*.tmp-*", SearchOption.AllDirectories));
    }

    public void Dispose() => _harness.Dispose();
}
