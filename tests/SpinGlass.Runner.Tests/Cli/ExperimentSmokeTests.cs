using System.Xml.Linq;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>Every shipped config runs end to end in a tiny size, writing its columns, extra tables and charts.</summary>
public sealed class ExperimentSmokeTests : IDisposable
{
    private readonly CliHarness _harness = new();

    public static TheoryData<string, string[], string, string[]> TinyRuns() => new()
    {
        {
            "capacity.yaml", ["model.N=[200, 400]", "model.alpha=[0.05, 0.3]", "trials=4"],
            "N,alpha,p,T,overlap,overlap_err,success_rate,success_rate_err,error_fraction,error_fraction_err,stable_rate,stable_rate_err,retrieval_rate,retrieval_rate_err,sweeps,overlap_theory",
            ["capacity_overlap", "capacity_rates"]
        },
        {
            "phase-diagram.yaml", ["model.N=200", "model.alpha=[0.05, 0.1]", "T=[0.2, 1.5]", "dynamics.thermalize=10", "dynamics.measure=10", "trials=2"],
            "N,alpha,T,overlap,overlap_err,energy,energy_err,overlap_theory,energy_theory",
            ["phase_diagram", "overlap_vs_T"]
        },
        {
            "retrieval-letters.yaml", ["noise=[0, 0.2]", "trials=10"],
            "N,p,noise,T,success_rate,success_rate_err,overlap,overlap_err,hamming,hamming_err,sweeps",
            ["retrieval_success", "retrieval_overlap"]
        },
        {
            "retrieval-letters.yaml", ["noise=[0.3]", "cue=erase", "trials=5"],
            "N,p,noise,T,success_rate,success_rate_err,overlap,overlap_err,hamming,hamming_err,sweeps",
            ["retrieval_success", "gallery"]
        },
        {
            "retrieval-random.yaml", ["model.N=200", "noise=[0.1, 0.3]", "trials=4", "dynamics.measure=10", "dynamics.thermalize=10"],
            "N,p,noise,T,success_rate,success_rate_err,overlap,overlap_err,hamming,hamming_err,sweeps",
            ["retrieval_success", "retrieval_overlap"]
        },
        {
            "stability.yaml", ["model.N=[30, 60]", "model.p=[3, 8]", "trials=4"],
            "N,p,zero_error_rate,zero_error_rate_err,under5_error_rate,under5_error_rate_err,errors_mean,errors_mean_err,bit_error_theory",
            ["stability_error_free", "stability_histogram"]
        },
        {
            "merging.yaml", ["distance=[30, 5]", "trials=6"],
            "distance,both_stable_rate,both_stable_rate_err,displaced_rate,displaced_rate_err,fused_rate,fused_rate_err,final_distance,final_distance_err",
            ["merging_rates"]
        },
        {
            "mixtures.yaml", ["model.N=[200]", "mixture=[3]", "T=[0, 0.8]", "trials=2", "dynamics.thermalize=5", "dynamics.measure=10"],
            "N,p,n,T,mixture_overlap,mixture_overlap_err,max_other_overlap,stable_rate,stable_rate_err,energy,energy_err,mixture_overlap_theory,energy_theory",
            ["mixture_overlap"]
        },
        {
            "attractors.yaml", ["model.N=200", "model.alpha=[0.01, 0.1]", "trials=2", "starts=3"],
            "N,alpha,p,T,pure_rate,pure_rate_err,mixture_rate,mixture_rate_err,spin_glass_rate,spin_glass_rate_err,energy_pure,energy_mixture,energy_spin_glass",
            ["attractor_rates", "attractor_energies"]
        },
        {
            "dense.yaml", ["model.n=[2, 3]", "model.K=[5, 40, 400]", "trials=3"],
            "N,interaction,n,K,success_rate,success_rate_err,bit_error_rate,bit_error_rate_err,overlap,overlap_err,bit_error_theory",
            ["dense_success", "dense_bit_error"]
        },
        {
            "sequence.yaml", ["model.N=200", "model.lambda=[0.5, 2]", "dynamics.sweeps=30", "trials=2"],
            "N,p,alpha,lambda,delay,T,completed_rate,completed_rate_err,transitions,transitions_err,dwell_time,dwell_time_err,dwell_time_theory,overlap,overlap_err,overlap_theory",
            ["completed_rate", "dwell_time", "traces_1", "traces_2"]
        },
        {
            "papers/sequences-dcs-capacity.yaml", ["model.N=300", "model.alpha=[0.1, 0.4]", "dynamics.sweeps=20", "trials=2"],
            "N,p,alpha,lambda,delay,T,completed_rate,completed_rate_err,transitions,transitions_err,dwell_time,dwell_time_err,dwell_time_theory,overlap,overlap_err,overlap_theory",
            ["completed_rate", "overlap", "traces_1"]
        },
        {
            "ising-chain.yaml", ["model.L=[8]", "T=[1, 2]", "dynamics.measure=2000"],
            "L,T,energy,energy_err,abs_magnetization,abs_magnetization_err,specific_heat,specific_heat_err,susceptibility,susceptibility_err,binder,binder_err,tau_energy,acceptance,energy_exact,specific_heat_exact",
            ["energy", "binder"]
        },
    };

    [Theory]
    [MemberData(nameof(TinyRuns))]
    public void A_shipped_config_runs_in_a_tiny_size(string config, string[] sets, string header, string[] charts)
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
        Assert.Equal(header, lines[0]);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), line => Assert.Equal(header.Count(c => c == ','), line.Count(c => c == ',')));
        foreach (string chart in charts)
        {
            Assert.True(File.Exists(Path.Combine(outDir, chart + ".png")), chart);
            Assert.Equal("svg", XDocument.Load(Path.Combine(outDir, chart + ".svg")).Root!.Name.LocalName);
        }

        if (config == "phase-diagram.yaml")
        {
            Assert.StartsWith("alpha,T_g,T_M,T_c", File.ReadAllText(Path.Combine(outDir, "theory.csv")), StringComparison.Ordinal);
        }
    }

    public void Dispose() => _harness.Dispose();
}
