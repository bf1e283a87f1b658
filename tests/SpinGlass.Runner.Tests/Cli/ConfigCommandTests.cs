namespace SpinGlass.Runner.Tests.Cli;

public sealed class ConfigCommandTests : IDisposable
{
    private readonly CliHarness _harness = new();

    public static TheoryData<string> ShippedConfigs()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(CliHarness.RepositoryRoot, "configs"), "*.yaml", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(CliHarness.RepositoryRoot, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedConfigs))]
    public void Every_shipped_config_validates(string relativePath)
    {
        var (exit, output, log) = CliHarness.Run("validate", Path.Combine(CliHarness.RepositoryRoot, relativePath));
        Assert.True(exit == 0, log);
        Assert.Contains(": ok (", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadConfigs() => new()
    {
        { "experiment: ising\nmodel: { L: 4, lattise: square }\nT: 2\n", "bad.yaml:2:16: model.lattise:", "did you mean" },
        {
            "experiment: phase-diagram\nmodel: { N: 100, alpha: 0.1 }\nT: 0.5\ndynamics: { lanes: true, tempering: true }\n",
            "bad.yaml:4:20: dynamics.lanes:", "dynamics.lanes and dynamics.tempering exclude each other"
        },
        {
            "experiment: phase-diagram\nmodel: { N: 100, alpha: 0.1 }\nT: 0.5\ndynamics: { lanes: true, order: sequential }\n",
            "bad.yaml:4:33: dynamics.order:", "lanes sweep in random order"
        },
        { "experiment: ising\nmodel: { L: four }\nT: 2\n", "bad.yaml:2:13: model.L:", "integer" },
        { "experiment: ising\nmodel: { L: 0 }\nT: 2\n", "bad.yaml:2:13: model.L:", "must be in [2, 4096], got 0" },
        { "experiment: ising\nmodel: { L: 4 }\nT: -1\n", "bad.yaml:3:4: T:", "≥ 0" },
        { "experiment: ising\ntrials: 0\nmodel: { L: 4 }\nT: 2\n", "bad.yaml:2:9: trials:", "≥ 1" },
        { "experiment: ising\nmodel: { L: [4, 8 }\nT: 2\n", "bad.yaml:2:", "" },
        { "experiment: isingg\n", "bad.yaml:1:13: experiment:", "ising" },
        { "experiment: sequence\nmodel: { N: 100, p: 5, lambda: 1.5 }\nT: 0.5\ndynamics: { rule: metropolis }\n", "bad.yaml:4:19: dynamics.rule:", "no energy function" },
        { "experiment: sequence\nmodel: { N: 100, p: 1 }\nT: 0\n", "bad.yaml:2:21: model.p:", "must be ≥ 2, got 1" },
    };

    [Theory]
    [MemberData(nameof(BadConfigs))]
    public void A_bad_config_gives_a_positioned_error_exit_2_and_writes_nothing(string yaml, string position, string hint)
    {
        string config = _harness.Write("bad.yaml", yaml);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDir);
        Assert.Equal(2, exit);
        Assert.Contains(position, log, StringComparison.Ordinal);
        Assert.Contains(hint, log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
        Assert.Equal(2, CliHarness.Run("validate", config).Exit);
    }

    [Fact]
    public void Every_error_of_a_config_is_reported_at_once()
    {
        string config = _harness.Write("bad.yaml", "experiment: ising\ntrials: 0\nmodel: { L: 1, colour: red }\nT: -2\n");
        var (exit, _, log) = CliHarness.Run("validate", config);
        Assert.Equal(2, exit);
        Assert.Contains("bad.yaml:2:9: trials:", log, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:3:13: model.L:", log, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:3:16: model.colour:", log, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:4:4: T:", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2()
    {
        Assert.Equal(2, CliHarness.Run("run").Exit);
        Assert.Equal(2, CliHarness.Run("frobnicate").Exit);
        Assert.Equal(2, CliHarness.Run("run", _harness.Write("ok.yaml", CliHarness.TinyIsing), "--threads", "0").Exit);
        Assert.Equal(2, CliHarness.Run("run", Path.Combine(_harness.Root, "missing.yaml")).Exit);
    }

    [Fact]
    public void List_prints_every_kind_with_keys_defaults_and_columns()
    {
        var (exit, output, _) = CliHarness.Run("list");
        Assert.Equal(0, exit);
        Assert.Contains("ising:", output, StringComparison.Ordinal);
        Assert.Contains("dynamics.thermalize", output, StringComparison.Ordinal);
        Assert.Contains("default 2000", output, StringComparison.Ordinal);
        Assert.Contains("energy_exact", output, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();
}
