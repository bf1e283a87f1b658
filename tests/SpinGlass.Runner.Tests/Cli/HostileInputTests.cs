namespace SpinGlass.Runner.Tests.Cli;

/// <summary>The hostile inputs of issue 11 replayed through the CLI: each ends in exit 2 with a positioned line and writes nothing.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Head = "experiment: ising\nmodel: { L: 4 }\ndynamics: { thermalize: 10, measure: 200 }\n";

    private readonly CliHarness _harness = new();

    [Fact]
    public void Nesting_100000_deep_exits_2_with_its_position_in_a_real_process()
    {
        // a real process: were the depth limit gone, the stack overflow would end it with 134 instead of ending the test host
        const int depth = 100_000;
        string config = _harness.Write("deep.yaml", $"{Head}T: {new string('[', depth)}1{new string(']', depth)}\n");
        string outDir = Path.Combine(_harness.Root, "out");
        foreach (string[] args in new[] { ["validate", config], new[] { "run", config, "--out", outDir } })
        {
            using var process = CliHarness.Start(args);
            string log = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "the process did not end within two minutes");
            Assert.Equal(2, process.ExitCode);
            Assert.StartsWith($"{config}:4:67: lists and mappings nest more than 64 levels deep", log, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void An_explicit_list_of_300000_values_exits_2()
    {
        string values = string.Join(", ", Enumerable.Range(1, 300_000).Select(i => (i * 1e-5).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
        AssertRefused(_harness.Write("long.yaml", $"{Head}T: [{values}]\n"), ":4:4: T: the list has 300000 values; at most 100000 are allowed");
    }

    [Fact]
    public void A_repeated_temperature_exits_2_naming_both_positions()
    {
        AssertRefused(_harness.Write("twice.yaml", $"{Head}T: [1, 1]\n"), ":4:8: T: duplicate sweep value 1 (also at line 4, column 5)");
    }

    [Fact]
    public void A_name_of_300_characters_exits_2_from_run_and_validate()
    {
        AssertRefused(
            _harness.Write("named.yaml", $"{Head}name: {new string('n', 300)}\nT: 2\n"),
            ":4:7: name: is 300 bytes long; a directory name (results/NAME/) has at most 255");
    }

    [Fact]
    public void A_directory_as_the_config_is_one_line_and_exit_2()
    {
        string directory = Directory.CreateDirectory(Path.Combine(_harness.Root, "configs.yaml")).FullName;

        var (exit, output, log) = CliHarness.Run("validate", directory);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"{directory}: is a directory, not a config file{Environment.NewLine}", log);
        Assert.Equal(2, CliHarness.Run("run", directory, "--out", Path.Combine(_harness.Root, "out")).Exit);
        Assert.False(Directory.Exists(Path.Combine(_harness.Root, "out")));
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_2()
    {
        string missing = Path.Combine(_harness.Root, "missing.yaml");

        var (exit, _, log) = CliHarness.Run("validate", missing);

        Assert.Equal(2, exit);
        Assert.Equal($"{missing}: no such file{Environment.NewLine}", log);
    }

    private void AssertRefused(string config, string expected)
    {
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.Equal(2, exit);
        Assert.StartsWith(config + expected + Environment.NewLine, log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));

        (exit, _, log) = CliHarness.Run("validate", config);
        Assert.Equal(2, exit);
        Assert.Equal(config + expected + Environment.NewLine, log);
    }

    public void Dispose() => _harness.Dispose();
}
