using System.Diagnostics;
using SpinGlass.Runner.Cluster;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Cluster;

/// <summary><c>spinglass slurm</c> without submitting: the scripts it writes and the options it refuses.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SlurmScriptTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void The_array_and_merge_scripts_carry_the_requests_and_are_valid_bash()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out dir");
        var (exit, output, log) = CliHarness.Run(
            "slurm", config, "--shards", "3", "--out", outDir, "--threads", "2", "--time", "1-02:00:00", "--mem", "3G", "--partition", "short",
            "--account", "phys", "--sbatch-arg=--qos=long", "--set", "trials=3", "--seed", "9");
        Assert.True(exit == 0, log);
        Assert.Contains("array.sh (3 tasks, 2 CPU(s), --time=1-02:00:00, --mem=3G each)", output, StringComparison.Ordinal);

        string array = File.ReadAllText(Path.Combine(outDir, "slurm", "array.sh"));
        foreach (string line in new[]
        {
            "#SBATCH --array=0-2", "#SBATCH --cpus-per-task=2", "#SBATCH --time=1-02:00:00", "#SBATCH --mem=3G", "#SBATCH --requeue",
            "#SBATCH --signal=B:USR1@300", "#SBATCH --partition=short", "#SBATCH --account=phys", "#SBATCH --qos=long",
            "--shard \"$shard\" --threads 2 --set trials=3 --set seed=9", $"--out '{outDir}'",
            $"#SBATCH --output=\"{outDir}/slurm/logs/shard-%a.out\"", "--job-name=sg-tiny-", "SLURM_RESTART_COUNT",
        })
        {
            Assert.Contains(line, array, StringComparison.Ordinal);
        }

        string merge = File.ReadAllText(Path.Combine(outDir, "slurm", "merge.sh"));
        Assert.Contains($"merge '{outDir}'", merge, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --partition=short", merge, StringComparison.Ordinal);
        string submit = File.ReadAllText(Path.Combine(outDir, "slurm", "submit.sh"));
        Assert.Contains("--dependency=afterok:\"$array\" --kill-on-invalid-dep=yes", submit, StringComparison.Ordinal);

        foreach (string script in new[] { "array.sh", "merge.sh", "submit.sh" })
        {
            string path = Path.Combine(outDir, "slurm", script);
            Assert.True((File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0, $"{script} is not executable");
            using var check = Process.Start("bash", ["-n", path]);
            check.WaitForExit();
            Assert.True(check.ExitCode == 0, $"{script} is not valid bash");
        }
    }

    [Fact]
    public void Without_time_and_memory_they_are_suggested_from_the_estimates()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, output, log) = CliHarness.Run("slurm", config, "--shards", "2", "--out", outDir);
        Assert.True(exit == 0, log);
        Assert.Contains("pricing one trial", log, StringComparison.Ordinal);
        Assert.Contains("--time: the dearest shard is expected to take", output, StringComparison.Ordinal);
        Assert.Contains("--mem: the trials of a shard hold about", output, StringComparison.Ordinal);
        string array = File.ReadAllText(Path.Combine(outDir, "slurm", "array.sh"));
        Assert.Contains("#SBATCH --time=00:10:00", array, StringComparison.Ordinal);
        Assert.Matches(@"#SBATCH --mem=\d+M\n", array);
    }

    [Theory]
    [InlineData("--shards=0", "--shards: 0 is outside 1 … 1000")]
    [InlineData("--shards=1001", "--shards: 1001 is outside 1 … 1000")]
    [InlineData("--time=soon", "--time: 'soon' is not a Slurm time")]
    [InlineData("--time=1:2:3:4", "is not a Slurm time")]
    [InlineData("--mem=4GB", "--mem: '4GB' is not a Slurm memory size")]
    [InlineData("--partition=a b", "--partition: 'a b' is not a Slurm name")]
    [InlineData("--sbatch-arg=qos=long", "--sbatch-arg: 'qos=long' is not an sbatch option")]
    [InlineData("--sbatch-arg=--comment=a b", "--sbatch-arg: '--comment=a b' is not an sbatch option")]
    [InlineData("--time=4", "--time: 4 is shorter than 5 minutes")]
    [InlineData("--time=١٠", "is not a Slurm time")]
    [InlineData("--mem=4٤G", "is not a Slurm memory size")]
    [InlineData("--spinglass= ", "--spinglass: an empty command")]
    [InlineData("--wait", "--wait needs --submit")]
    [InlineData("--threads=0", "--threads: 0 is outside 1 … 1024")]
    public void Bad_options_are_one_line_usage_errors_and_write_nothing(string option, string message)
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        string[] args = option.StartsWith("--shards", StringComparison.Ordinal)
            ? ["slurm", config, option, "--out", outDir]
            : ["slurm", config, "--shards", "2", option, "--out", outDir];
        var (exit, _, log) = CliHarness.Run(args);
        Assert.Equal(2, exit);
        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void A_directory_holding_another_configs_run_is_refused_by_slurm_and_by_shards()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        string outDir = Path.Combine(_harness.Root, "out");
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--shard", "0/2", "--seed", "6").Exit);

        var slurm = CliHarness.Run("slurm", config, "--shards", "2", "--out", outDir, "--time", "10:00", "--resubmit-missing");
        Assert.Equal(2, slurm.Exit);
        Assert.Contains("holds the points of another config or other --set values", slurm.Log, StringComparison.Ordinal);
        Assert.Contains("--set seed=6", slurm.Log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(outDir, "slurm")));

        int saved = Directory.GetFiles(Path.Combine(outDir, ".points"), "point-*.json").Length;
        var shard = CliHarness.Run("run", config, "--out", outDir, "--shard", "1/2");
        Assert.Equal(2, shard.Exit);
        Assert.Contains("holds the points of another config", shard.Log, StringComparison.Ordinal);
        Assert.Equal(saved, Directory.GetFiles(Path.Combine(outDir, ".points"), "point-*.json").Length);
        Assert.Equal(0, CliHarness.Run("run", config, "--out", outDir, "--shard", "1/2", "--seed", "6").Exit);
    }

    [Fact]
    public void Paths_the_scripts_cannot_carry_are_refused()
    {
        string config = _harness.Write("tiny.yaml", CliHarness.TinyIsing);
        var (exit, _, log) = CliHarness.Run("slurm", config, "--shards", "2", "--out", Path.Combine(_harness.Root, "a\"b"), "--time", "10:00");
        Assert.Equal(2, exit);
        Assert.Contains("which the Slurm scripts cannot carry", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90", 90 * 60)]
    [InlineData("5:30", (5 * 60) + 30)]
    [InlineData("02:00:00", 2 * 3600)]
    [InlineData("1-12", 36 * 3600)]
    [InlineData("2-01:30", (49 * 3600) + (30 * 60))]
    [InlineData("1-00:00:10", (24 * 3600) + 10)]
    public void Slurm_times_parse(string text, int seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), SlurmTime.Parse(text));

    public void Dispose() => _harness.Dispose();
}
