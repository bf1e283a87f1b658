using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>The run directory: its lock, verified points, version-stamped resume, usage errors, outputs as one set, scriptable output.</summary>
public sealed partial class RunDirectoryTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void A_second_run_into_a_directory_in_use_ends_at_once_naming_the_holder_and_touches_nothing()
    {
        // the holder must still be running when the intruder has come and gone (a dotnet start-up each, seconds on a loaded
        // machine): 16 times SlowIsing's sweeps, of which it runs one point or a few before it is stopped
        string first = _harness.Write("slow.yaml", CliHarness.SlowIsing.Replace("measure: 65536", "measure: 1048576", StringComparison.Ordinal)), second = _harness.Write("other.yaml", CliHarness.SlowIsing.Replace("seed: 11", "seed: 12", StringComparison.Ordinal));
        string outDir = Path.Combine(_harness.Root, "shared-out");
        using var holder = CliHarness.Start("run", first, "--out", outDir, "--no-charts", "--threads", "1");
        string points = Path.Combine(outDir, ".points");
        CliHarness.WaitForPoints(holder, outDir, 1);

        string manifest = File.ReadAllText(Path.Combine(points, "manifest.json"));
        using var intruder = CliHarness.Start("run", second, "--out", outDir, "--no-charts");
        string intruderLog = intruder.StandardError.ReadToEnd();
        Assert.True(intruder.WaitForExit(60_000), "hang guard");
        Assert.Equal(1, intruder.ExitCode);
        Assert.Contains($"is in use by another spinglass run (pid {holder.Id.ToString(CultureInfo.InvariantCulture)})", intruderLog, StringComparison.Ordinal);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(points, "manifest.json")));
        Assert.True(Directory.GetFiles(points, "point-*.json").Length >= 1, "the intruder removed the holder's points");

        using (var stop = Process.Start("kill", ["-INT", holder.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            stop.WaitForExit();
        }

        Assert.True(holder.WaitForExit(60_000), "hang guard");
        Assert.Equal(130, holder.ExitCode);
        Assert.False(File.Exists(Path.Combine(outDir, ".spinglass.pid")));

        // the lock died with its holder: the next run takes the directory
        var (exit, _, log) = CliHarness.Run("run", second, "--out", outDir, "--no-charts", "--set", "T=[2.0]", "--set", "dynamics.measure=1024");
        Assert.True(exit == 0, log);
    }

    [Fact]
    public void Corrupt_foreign_or_tampered_points_are_named_recomputed_and_never_used()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string reference = Path.Combine(_harness.Root, "reference"), outDir = Path.Combine(_harness.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", reference, "--no-charts").Exit);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--no-charts").Exit);
        string Point(int k) => Path.Combine(outDir, ".points", $"point-{k:D6}.json");
        File.WriteAllText(Point(0), "");
        byte[] whole = File.ReadAllBytes(Point(1));
        File.WriteAllBytes(Point(1), whole[..(whole.Length / 2)]);
        File.WriteAllText(Point(2), "\u0001garbage\u00ff not json");
        File.WriteAllText(Point(3), """{"a": 1, "values": {"L": 0}}""");
        File.Copy(Point(5), Point(4), overwrite: true);
        File.WriteAllText(Point(5), TamperedValue().Replace(File.ReadAllText(Point(5)), "\"energy\":-9", 1));

        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--no-charts");
        Assert.True(exit == 0, log);
        Assert.Contains("point-000000.json is unreadable", log, StringComparison.Ordinal);
        Assert.Contains("point-000001.json is unreadable", log, StringComparison.Ordinal);
        Assert.Contains("point-000002.json is unreadable", log, StringComparison.Ordinal);
        Assert.Contains("point-000003.json is not a saved point", log, StringComparison.Ordinal);
        Assert.Contains("point-000004.json holds point 5, not point 4", log, StringComparison.Ordinal);
        Assert.Contains("point-000005.json has a checksum that does not match its content", log, StringComparison.Ordinal);
        RunCommandTests.AssertSameRun(reference, outDir);
    }

    [Fact]
    public void Points_of_another_version_are_discarded_with_a_notice_unless_reuse_points_keeps_them()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string reference = Path.Combine(_harness.Root, "reference"), outDir = Path.Combine(_harness.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", reference, "--no-charts").Exit);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--no-charts").Exit);
        Downgrade(outDir);
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--no-charts");
        Assert.True(exit == 0, log);
        Assert.Contains("6 saved point(s) computed by spinglass 0.0.1-old; x86-avx2 discarded", log, StringComparison.Ordinal);
        Assert.DoesNotContain("resuming", log, StringComparison.Ordinal);
        RunCommandTests.AssertSameRun(reference, outDir);

        Downgrade(outDir);
        (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--no-charts", "--reuse-points");
        Assert.True(exit == 0, log);
        Assert.Contains("reusing 6 point(s) computed by spinglass 0.0.1-old", log, StringComparison.Ordinal);
        Assert.Contains("resuming: 6 of 6 points", log, StringComparison.Ordinal);
        RunCommandTests.AssertSameRun(reference, outDir);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_out_is_a_usage_error(string outDir)
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir, "--no-charts");
        Assert.Equal(2, exit);
        Assert.Equal("--out: an empty path; give the directory to write to; nothing was run.", log.Trim());
    }

    [Fact]
    public void Out_naming_a_file_or_an_unwritable_place_fails_in_one_line_and_a_long_name_is_a_usage_error()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string file = _harness.Write("a-file", "not a directory");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", file, "--no-charts");
        Assert.Equal(2, exit);
        Assert.Equal($"--out: {file} is a file, not a directory; choose a directory; nothing was run.", log.Trim());

        (exit, _, log) = CliHarness.Run("run", config, "--out", "/proc/1/spinglass-cannot-be-here", "--no-charts");
        Assert.Equal(1, exit);
        Assert.Single(log.Trim().Split('\n'));
        Assert.StartsWith("error: cannot create the output directory /proc/1/spinglass-cannot-be-here", log, StringComparison.Ordinal);

        string named = _harness.Write("named.yaml", CliHarness.TinyIsing + "\nname: " + new string('n', 300) + "\n");
        string cwd = Environment.CurrentDirectory;
        (exit, _, log) = CliHarness.Run("run", named, "--out", Path.Combine(_harness.Root, new string('o', 300)), "--no-charts");
        Assert.Equal(2, exit);
        Assert.Contains("more than the 255 a filesystem allows", log, StringComparison.Ordinal);
        Assert.Equal(cwd, Environment.CurrentDirectory);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000000")]
    public void Threads_outside_one_to_four_times_the_cores_are_refused(string threads)
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        var (exit, _, log) = CliHarness.Run("run", config, "--out", Path.Combine(_harness.Root, "out"), "--threads", threads);
        Assert.Equal(2, exit);
        Assert.Contains($"--threads: {threads} is outside 1 … {4 * Environment.ProcessorCount}", log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_harness.Root, "out")));
    }

    [Fact]
    public void Validate_takes_the_same_thread_bounds_as_run()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        var (exit, output, _) = CliHarness.Run("validate", config, "--threads", "2");
        Assert.Equal(0, exit);
        Assert.Contains(": ok (ising", output, StringComparison.Ordinal);
        var (refused, _, log) = CliHarness.Run("validate", config, "--threads", "1000000");
        Assert.Equal(2, refused);
        Assert.Contains("--threads: 1000000 is outside 1", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_run_replaces_the_previous_outputs_as_a_set_keeps_foreign_files_and_cleans_dead_runs_temporaries()
    {
        string ising = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string capacity = _harness.Write("capacity.yaml", "experiment: capacity\ntrials: 2\nmodel: { N: 100, alpha: [0.05, 0.1] }\n");
        string outDir = Path.Combine(_harness.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", ising, "--out", outDir).Exit);
        Assert.True(File.Exists(Path.Combine(outDir, "binder.png")));
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(outDir, "results.csv.tmp-999999"), "half");
        File.WriteAllText(Path.Combine(outDir, ".points", "point-000000.json.tmp-999999"), "half");

        var (exit, _, log) = CliHarness.Run("run", capacity, "--out", outDir);
        Assert.True(exit == 0, log);
        Assert.False(File.Exists(Path.Combine(outDir, "binder.png")), "the previous run's chart stayed beside the new results");
        Assert.False(File.Exists(Path.Combine(outDir, "binder.svg")));
        Assert.True(File.Exists(Path.Combine(outDir, "capacity_overlap.png")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outDir, "notes.txt")));
        Assert.Empty(Directory.GetFiles(outDir, "*.tmp-*", SearchOption.AllDirectories));
        var listed = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(outDir, ".outputs.json")))!;
        Assert.Contains("results.csv", listed);
        Assert.DoesNotContain("binder.png", listed);
    }

    [Fact]
    public void Results_go_to_stdout_progress_to_stderr_quiet_silences_progress_and_json_prints_the_summary()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        var (exit, output, log) = CliHarness.Run("run", config, "--out", Path.Combine(_harness.Root, "a"), "--no-charts");
        Assert.Equal(0, exit);
        Assert.StartsWith("done in", output, StringComparison.Ordinal);
        Assert.Contains("progress:", log, StringComparison.Ordinal);
        Assert.DoesNotContain("done in", log, StringComparison.Ordinal);

        (exit, output, log) = CliHarness.Run("run", config, "--out", Path.Combine(_harness.Root, "b"), "--no-charts", "--quiet");
        Assert.Equal(0, exit);
        Assert.Equal("", log);
        Assert.StartsWith("done in", output, StringComparison.Ordinal);

        (exit, output, log) = CliHarness.Run("run", config, "--out", Path.Combine(_harness.Root, "c"), "--no-charts", "--quiet", "--json");
        Assert.Equal(0, exit);
        Assert.Equal("", log);
        using var summary = JsonDocument.Parse(output);
        Assert.Equal("ising", summary.RootElement.GetProperty("experiment").GetString());
        Assert.Equal(File.ReadAllText(Path.Combine(_harness.Root, "c", "summary.json")), output);
    }

    public void Dispose() => _harness.Dispose();

    private static void Downgrade(string outDir)
    {
        string points = Path.Combine(outDir, ".points");
        foreach (string file in Directory.GetFiles(points, "*.json"))
        {
            File.WriteAllText(file, CodeField().Replace(File.ReadAllText(file), "\"${key}\":\"spinglass 0.0.1-old; x86-avx2\""));
        }
    }

    [GeneratedRegex("\"(?<key>code|Code)\":\"[^\"]*\"")]
    private static partial Regex CodeField();

    [GeneratedRegex("\"energy\":-")]
    private static partial Regex TamperedValue();
}
