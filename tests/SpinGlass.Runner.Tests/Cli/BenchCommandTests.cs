using System.Text.Json;
using SpinGlass.Runner.Bench;

namespace SpinGlass.Runner.Tests.Cli;

public sealed class BenchCommandTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void Quick_bench_writes_every_kernel_with_a_positive_time_and_its_params_to_json()
    {
        string path = Path.Combine(_harness.Root, "bench.json");
        var (exit, output, log) = CliHarness.Run("bench", "--quick", "--json", path);

        Assert.True(exit == 0, log);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var kernels = document.RootElement.GetProperty("kernels").EnumerateArray().ToList();
        Assert.Equal(BenchKernels.All.Select(k => k.Name), kernels.Select(k => k.GetProperty("name").GetString()));
        foreach (var kernel in kernels)
        {
            Assert.True(kernel.GetProperty("ns_per_update").GetDouble() > 0);
            var parameters = kernel.GetProperty("params");
            Assert.Equal(JsonValueKind.Object, parameters.ValueKind);
            Assert.True(parameters.GetProperty("sweeps").GetInt32() > 0);
            Assert.All(kernel.GetProperty("runs").EnumerateArray(), run => Assert.True(run.GetDouble() > 0));
            Assert.Contains(kernel.GetProperty("name").GetString()!, output, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.EnumerateFiles(_harness.Root, "*.tmp-*"));
    }

    [Fact]
    public void Bench_runs_only_the_kernels_named()
    {
        string path = Path.Combine(_harness.Root, "bench.json");
        var (exit, _, log) = CliHarness.Run("bench", "--quick", "--json", path, "--kernel", "dense-poly3", "--kernel", "ising3d-metropolis");

        Assert.True(exit == 0, log);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var names = document.RootElement.GetProperty("kernels").EnumerateArray().Select(k => k.GetProperty("name").GetString());
        Assert.Equal(["ising3d-metropolis", "dense-poly3"], names);
    }

    [Fact]
    public void Interleaved_bench_times_each_named_kernel_the_repetitions_asked_in_kernel_order()
    {
        string path = Path.Combine(_harness.Root, "bench.json");
        var (exit, _, log) = CliHarness.Run("bench", "--quick", "--interleave", "--repetitions", "5", "--json", path, "--kernel", "hopfield-glauber", "--kernel", "hopfield-t0");

        Assert.True(exit == 0, log);
        Assert.Contains("interleaved in rounds", log, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var kernels = document.RootElement.GetProperty("kernels").EnumerateArray().ToList();
        Assert.Equal(["hopfield-t0", "hopfield-glauber"], kernels.Select(k => k.GetProperty("name").GetString()));
        Assert.All(kernels, k => Assert.Equal(5, k.GetProperty("runs").GetArrayLength()));
        Assert.All(kernels, k => Assert.All(k.GetProperty("runs").EnumerateArray(), run => Assert.True(run.GetDouble() > 0)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    public void Repetitions_out_of_range_exit_with_2_and_say_what_is_allowed(string repetitions)
    {
        string path = Path.Combine(_harness.Root, "bench.json");
        var (exit, output, log) = CliHarness.Run("bench", "--quick", "--repetitions", repetitions, "--json", path);

        Assert.Equal(2, exit);
        Assert.Contains($"--repetitions: {repetitions} is out of range; allowed: 1 … 10000", log, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void An_unknown_kernel_exits_with_2_names_the_known_kernels_and_writes_nothing()
    {
        string path = Path.Combine(_harness.Root, "bench.json");
        var (exit, output, log) = CliHarness.Run("bench", "--quick", "--json", path, "--kernel", "hopfield-t0", "--kernel", "isnig2d");

        Assert.Equal(2, exit);
        Assert.Contains("unknown kernel 'isnig2d'", log, StringComparison.Ordinal);
        Assert.Contains("ising2d-metropolis", log, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_missing_yardstick_directory_exits_with_2()
    {
        var (exit, _, log) = CliHarness.Run("bench", "--quick", "--yardstick", Path.Combine(_harness.Root, "no-such-dir"));

        Assert.Equal(2, exit);
        Assert.Contains("--yardstick", log, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_bench_option_is_a_usage_error()
    {
        var (exit, _, log) = CliHarness.Run("bench", "--quikc");

        Assert.Equal(2, exit);
        Assert.Contains("--quikc", log, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();
}
