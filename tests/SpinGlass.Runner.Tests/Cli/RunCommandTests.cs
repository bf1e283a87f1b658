using System.Text.Json;
using System.Xml.Linq;

namespace SpinGlass.Runner.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void A_tiny_ising_config_runs_end_to_end_and_writes_results_summary_and_charts()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.True(exit == 0, log);

        var lines = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        Assert.Equal(
            "L,T,rule,energy,energy_err,abs_magnetization,abs_magnetization_err,specific_heat,specific_heat_err,susceptibility,susceptibility_err,binder,binder_err," +
            "tau_energy,tau_energy_err,tau_abs_magnetization,tau_abs_magnetization_err,acceptance,energy_exact,specific_heat_exact",
            lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("4,1.8,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("6,2.8,", lines[6], StringComparison.Ordinal);

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var root = summary.RootElement;
        Assert.Equal("ising", root.GetProperty("experiment").GetString());
        Assert.Equal("tiny", root.GetProperty("name").GetString());
        Assert.Equal(5, root.GetProperty("seed").GetInt64());
        Assert.Equal(6, root.GetProperty("points").GetInt32());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("config").GetProperty("model").ValueKind);
        Assert.True(root.GetProperty("elapsed_seconds").GetDouble() >= 0);
        Assert.Contains("+", root.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("derived").ValueKind);

        foreach (string chart in new[] { "energy", "magnetization", "specific_heat", "susceptibility", "binder" })
        {
            var png = File.ReadAllBytes(Path.Combine(outDir, chart + ".png"));
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            Assert.Equal("svg", XDocument.Load(Path.Combine(outDir, chart + ".svg")).Root!.Name.LocalName);
        }
    }

    [Fact]
    public void One_and_two_threads_give_byte_identical_files()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string one = Path.Combine(_harness.Root, "one"), two = Path.Combine(_harness.Root, "two");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", one, "--threads", "1").Exit);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", two, "--threads", "2").Exit);
        AssertSameRun(one, two);
    }

    [Fact]
    public void Set_overrides_reach_the_run_and_no_charts_writes_only_tables()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--set", "model.L=8", "--set", "T=[2.0]", "--seed", "9", "--no-charts");
        Assert.True(exit == 0, log);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(outDir, "results.csv")).Length);
        Assert.StartsWith("8,2,", File.ReadAllLines(Path.Combine(outDir, "results.csv"))[1], StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(outDir, "*.png"));
        Assert.Contains("\"seed\": 9", File.ReadAllText(Path.Combine(outDir, "summary.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_cancelled_midway_exits_130_and_the_rerun_completes_identically()
    {
        string config = _harness.Write("interruptible.yaml", CliHarness.InterruptibleIsing);
        string reference = Path.Combine(_harness.Root, "reference"), resumed = Path.Combine(_harness.Root, "resumed");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", reference, "--threads", "1").Exit);

        using var cancellation = new CancellationTokenSource();
        string points = Path.Combine(resumed, ".points");
        // A dedicated thread, not the pool: under a loaded test run a pool task may start too late.
        var watcher = new Thread(() =>
        {
            while (!Directory.Exists(points) || Directory.GetFiles(points, "point-*.json").Length < 2)
            {
                Thread.Sleep(1);
            }

            cancellation.Cancel();
        }) { IsBackground = true, Priority = ThreadPriority.Highest };
        watcher.Start();
        var (exit, _, log) = CliHarness.Run(cancellation.Token, "run", config, "--out", resumed, "--threads", "1");
        watcher.Join();
        Assert.Equal(130, exit);
        Assert.Contains("interrupted", log, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(resumed, "results.csv")));
        int saved = Directory.GetFiles(points, "point-*.json").Length;
        Assert.InRange(saved, 2, 5);

        var (again, _, againLog) = CliHarness.Run("run", config, "--out", resumed, "--threads", "2");
        Assert.Equal(0, again);
        Assert.Contains($"resuming: {saved} of 6 points already finished", againLog, StringComparison.Ordinal);
        AssertSameRun(reference, resumed);
    }

    [Fact]
    public void A_changed_config_in_the_same_out_dir_starts_afresh()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--no-charts").Exit);
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--no-charts", "--seed", "6");
        Assert.Equal(0, exit);
        Assert.DoesNotContain("resuming", log, StringComparison.Ordinal);
    }

    internal static void AssertSameRun(string expected, string actual)
    {
        var a = CliHarness.Snapshot(expected);
        var b = CliHarness.Snapshot(actual);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (name, bytes) in a)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(b[name]), $"{name} differs");
        }

        Assert.Equal(CliHarness.SummaryWithoutTiming(expected), CliHarness.SummaryWithoutTiming(actual));
    }

    public void Dispose() => _harness.Dispose();
}
