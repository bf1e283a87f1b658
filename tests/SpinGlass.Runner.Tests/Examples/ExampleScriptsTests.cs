using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Examples;

/// <summary>
/// The C# scripts in examples/ (.NET file-based apps: <c>dotnet run examples/NAME.cs</c>, referencing the libraries by
/// <c>#:project</c>) run as a user runs them, and print what they promise.
/// </summary>
public sealed partial class ExampleScriptsTests
{
    [Fact]
    public void Letters_relaxes_a_noisy_A_to_A()
    {
        var lines = Run("letters.cs", out _);
        Assert.Equal("sweep,energy,m_A,m_B,m_C,m_D,m_E", lines[0]);
        Assert.StartsWith("0,", lines[1], StringComparison.Ordinal);
        Assert.Equal("0.70", lines[1].Split(',')[2]); // 15 of 100 bits flipped: m = 1 − 2·0.15
        Assert.Equal("1.00", lines[^2].Split(',')[2]);
        Assert.Matches(@"^# fixed point: True after \d+ sweeps$", lines[^1]);
    }

    [Fact]
    public void Capacity_writes_the_curve_and_a_chart_beside_the_AGS_theory()
    {
        var lines = Run("capacity.cs", out string directory);
        Assert.Equal("alpha,overlap,overlap_err,theory", lines[0]);
        var rows = lines.Skip(1).Where(l => !l.StartsWith('#')).Select(l => l.Split(',')).ToArray();
        Assert.Equal(9, rows.Length);
        Assert.Equal("1.0000", rows[0][1]);
        Assert.Equal("1.0000", rows[0][3]);
        Assert.True(double.Parse(rows[^1][1], CultureInfo.InvariantCulture) < 0.9, "no loss of retrieval at α = 0.2");
        Assert.Equal(string.Empty, rows[^1][3]); // beyond α_c the theory has no retrieval state
        Assert.Contains("α_c (AGS) = 0.1379", lines[^1], StringComparison.Ordinal);
        Assert.True(File.ReadAllText(Path.Combine(directory, "capacity.svg")).Contains("load α = p/N", StringComparison.Ordinal));
        Assert.Equal(lines.Length - 1, File.ReadAllLines(Path.Combine(directory, "capacity.csv")).Length);
    }

    [Fact]
    public void Binder_cumulants_cross_near_Onsagers_critical_temperature()
    {
        var lines = Run("binder.cs", out _);
        var match = CrossingPattern().Match(lines[^1]);
        Assert.True(match.Success, lines[^1]);
        double crossing = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        // L = 4 and 8 with 2·10⁴ sweeps: finite-size shifts of a few per cent
        Assert.InRange(crossing, 2.269 - 0.15, 2.269 + 0.15);
    }

    [Fact]
    public void Modern_retrieves_far_beyond_the_classical_capacity()
    {
        var lines = Run("modern.cs", out _);
        Assert.Equal("M,M_over_d,exact_retrievals,mean_overlap", lines[0]);
        var last = lines[^1].Split(',');
        Assert.Equal("4096", last[0]);
        int retrieved = int.Parse(last[2].Split('/')[0], CultureInfo.InvariantCulture);
        Assert.True(retrieved >= 18, $"only {last[2]} exact retrievals at M = 64 d");
    }

    private static string[] Run(string script, out string directory)
    {
        directory = Directory.CreateTempSubdirectory("example-").FullName;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = directory };
        info.ArgumentList.Add("run");
        info.ArgumentList.Add(Path.Combine(CliHarness.RepositoryRoot, "examples", script));
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(600_000), $"{script} did not finish within 10 minutes");
        Assert.True(process.ExitCode == 0, $"{script} exited with {process.ExitCode}:\n{stdout}\n{stderr.Result}");
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [GeneratedRegex(@"^# crossing T = ([0-9.]+) \(Onsager: 2\.269\)$")]
    private static partial Regex CrossingPattern();
}
