using System.Text.Json;
using System.Xml.Linq;
using SpinGlass.Runner.Experiments;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>Every shipped config runs end to end in a tiny size, writing its columns, extra tables and charts.</summary>
public sealed class ExperimentSmokeTests : IDisposable
{
    private readonly CliHarness _harness = new();

    public static TheoryData<string, string[], string[]> TinyRuns() => new()
    {
        {
            "capacity.yaml", ["model.N=[200, 400]", "model.alpha=[0.05, 0.3]", "trials=4"],
            ["capacity_overlap", "capacity_rates"]
        },
        {
            "phase-diagram.yaml", ["model.N=200", "model.alpha=[0.05, 0.1]", "T=[0.2, 1.5]", "dynamics.thermalize=10", "dynamics.measure=10", "trials=2"],
            ["phase_diagram", "overlap_vs_T"]
        },
        {
            "phase-diagram.yaml", ["model.N=100", "model.alpha=[0.05, 0.2]", "T=[0, 0.4, 0.8, 1.5]", "dynamics.tempering=true", "dynamics.lanes=false", "dynamics.thermalize=10", "dynamics.measure=10", "trials=2"],
            ["phase_diagram", "overlap_vs_T"]
        },
        {
            "retrieval-letters.yaml", ["noise=[0, 0.2]", "trials=10"],
            ["retrieval_success", "retrieval_overlap"]
        },
        {
            "retrieval-letters.yaml", ["noise=[0.3]", "cue=erase", "trials=5"],
            ["retrieval_success", "gallery"]
        },
        {
            "retrieval-random.yaml", ["model.N=200", "noise=[0.1, 0.3]", "trials=4", "dynamics.measure=10", "dynamics.thermalize=10"],
            ["retrieval_success", "retrieval_overlap"]
        },
        {
            "stability.yaml", ["model.N=[30, 60]", "model.p=[3, 8]", "trials=4"],
            ["stability_error_free", "stability_histogram"]
        },
        {
            "exact-triangle.yaml", ["T=[0, 0.5, 2]"],
            ["energy", "specific_heat", "binder_g", "overlap_distribution"]
        },
        {
            "exact-sk.yaml", ["model.N=[6, 8]", "T=[0.5, 1]", "trials=3"],
            ["energy", "specific_heat", "binder_g", "overlap_distribution"]
        },
        {
            "merging.yaml", ["distance=[30, 5]", "trials=6"],
            ["merging_rates"]
        },
        {
            "mixtures.yaml", ["model.N=[200]", "mixture=[3]", "T=[0, 0.8]", "trials=2", "dynamics.thermalize=5", "dynamics.measure=10"],
            ["mixture_overlap"]
        },
        {
            "attractors.yaml", ["model.N=200", "model.alpha=[0.01, 0.1]", "trials=2", "starts=3"],
            ["attractor_rates", "attractor_energies"]
        },
        {
            "dense.yaml", ["model.n=[2, 3]", "model.K=[5, 40, 400]", "trials=3"],
            ["dense_success", "dense_bit_error"]
        },
        {
            "dense-letters.yaml", ["start.noise=[0, 0.3]", "trials=14"],
            ["dense_success", "dense_ends"]
        },
        {
            "papers/seeds-dense-letters-beta.yaml", ["model.beta=[0.001, 0.03, 1]", "start.noise=[0, 0.2]", "trials=7"],
            ["dense_success", "dense_bit_error", "dense_ends"]
        },
        {
            "sequence.yaml", ["model.N=200", "model.lambda=[0.5, 2]", "dynamics.sweeps=30", "trials=2"],
            ["completed_rate", "dwell_time", "traces_1", "traces_2"]
        },
        {
            "papers/sequences-dcs-capacity.yaml", ["model.N=300", "model.alpha=[0.1, 0.4]", "dynamics.sweeps=20", "trials=2"],
            ["completed_rate", "overlap", "traces_1"]
        },
        {
            "trajectory.yaml", ["model.N=300", "model.alpha=[0.05, 0.2]", "dynamics.sweeps=8", "trials=3"],
            ["trajectory_energy", "trajectory_overlap"]
        },
        {
            "modern.yaml", ["model.d=[8, 12]", "model.log2_M={from: 1, to: 8, step: 1}", "trials=3"],
            ["modern_retrieval"]
        },
        {
            "anneal-maxcut.yaml", ["sweeps=[1, 100]", "trials=4"],
            ["best_cut", "success_rate"]
        },
        {
            "anneal-sk.yaml", ["model.N=[16, 40]", "sweeps=[5, 50]", "trials=3"],
            ["best_energy", "success_rate"]
        },
        {
            "ising-chain.yaml", ["model.L=[8]", "T=[1, 2]", "dynamics.measure=2000"],
            ["energy", "binder"]
        },
        {
            "spin-glass.yaml", ["model.L=[3, 4]", "T=[0.8, 1.2, 1.8]", "dynamics.thermalize=20", "dynamics.measure=50", "trials=3"],
            ["binder_g", "overlap_distribution", "exchange_rate"]
        },
    };

    [Theory]
    [MemberData(nameof(TinyRuns))]
    public void A_shipped_config_runs_in_a_tiny_size(string config, string[] sets, string[] charts)
    {
        string outDir = Path.Combine(_harness.Root, "out");
        var args = new List<string> { "run", Path.Combine(CliHarness.RepositoryRoot, "configs", config), "--out", outDir };
        foreach (string set in sets)
        {
            args.Add("--set");
            args.Add(set);
        }

        var (exit, _, log) = CliHarness.Run([.. args]);
        Assert.True(exit == 0, log);
        var lines = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        string kind = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json"))).RootElement.GetProperty("experiment").GetString()!;
        string header = string.Join(',', ExperimentCatalog.Get(kind).Schema.Columns);
        Assert.Equal(header, lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), line => Assert.Equal(header.Count(c => c == ','), line.Count(c => c == ',')));
        foreach (string chart in charts)
        {
            Assert.True(File.Exists(Path.Combine(outDir, chart + ".png")), chart);
            Assert.Equal("svg", XDocument.Load(Path.Combine(outDir, chart + ".svg")).Root!.Name.LocalName);
        }

        if (config == "spin-glass.yaml")
        {
            Assert.StartsWith("N,L,T,q,P_q", File.ReadAllText(Path.Combine(outDir, "overlap_distribution.csv")), StringComparison.Ordinal);
            Assert.Equal(7, File.ReadAllLines(Path.Combine(outDir, "lowest_energies.csv")).Length);
        }

        if (config == "phase-diagram.yaml")
        {
            Assert.StartsWith("alpha,T_g,T_M,T_c", File.ReadAllText(Path.Combine(outDir, "theory.csv")), StringComparison.Ordinal);
        }
    }

    public void Dispose() => _harness.Dispose();
}
