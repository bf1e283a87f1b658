using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Tests.Cli;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Annealing;

namespace SpinGlass.Runner.Tests.SpinGlasses;

/// <summary><c>anneal</c> with <c>method: tempering</c>: parallel tempering as an optimiser, on the same sweep budget as annealing.</summary>
public sealed class TemperingOptimiserTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void The_ladder_shares_the_budget_and_keeps_the_lowest_energy_it_saw()
    {
        var model = new SparseCouplingModel(BondList.SherringtonKirkpatrick(12, gaussian: true, new Xoshiro256StarStar(4)));
        var outcome = TemperingOptimiser.Run(model, 0.2, 3, 8, 800, UpdateRule.Metropolis, new Xoshiro256StarStar(5));
        Assert.Equal(800, outcome.Sweeps); // 100 rounds × 8 walkers
        Assert.Equal(model.Energy(outcome.BestSpins), outcome.BestEnergy, 9);
        Assert.True(outcome.BestEnergy <= outcome.FinalEnergy + 1e-12);
        var tiny = TemperingOptimiser.Run(model, 0.2, 3, 8, 3, UpdateRule.Metropolis, new Xoshiro256StarStar(5));
        Assert.Equal(8, tiny.Sweeps); // at least one round
        Assert.Throws<ArgumentException>(() => TemperingOptimiser.Run(model, 3, 0.2, 8, 80, UpdateRule.Metropolis, new Xoshiro256StarStar(5)));
    }

    [Fact]
    public void Tempering_reaches_every_ground_state_of_small_SK_instances_at_a_generous_budget_and_not_at_one_round()
    {
        var rows = Run("method: tempering\nsweeps: [8, 3200]\ntempering: { temperatures: 8 }\nschedule: { beta_start: 0.2, beta_end: 3 }\n");
        double tiny = rows[8]["success_rate"], generous = rows[3200]["success_rate"];
        Assert.Equal(1, generous);
        Assert.True(tiny < 1, $"one round of 8 walkers found every ground state ({tiny})");
    }

    [Fact]
    public void Keys_of_the_other_method_are_refused()
    {
        string config = _cli.Write("bad.yaml", "experiment: anneal\nmodel: { N: 12 }\nmethod: tempering\nschedule: { beta_start: 3, beta_end: 0.2, steps: 10 }\n");
        var (exit, _, log) = CliHarness.Run("validate", config);
        Assert.Equal(2, exit);
        Assert.Contains("method tempering needs 0 < schedule.beta_start", log, StringComparison.Ordinal);
        Assert.Contains("schedule.steps: belongs to method annealing", log, StringComparison.Ordinal);
        string other = _cli.Write("other.yaml", "experiment: anneal\nmodel: { N: 12 }\ntempering: { temperatures: 4 }\n");
        Assert.Contains("tempering.temperatures: belongs to method tempering", CliHarness.Run("validate", other).Log, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private Dictionary<int, Dictionary<string, double>> Run(string extra)
    {
        string config = _cli.Write("pt.yaml", $"experiment: anneal\nseed: 9\ntrials: 12\nmodel: {{ kind: sk, N: 12 }}\n{extra}");
        string outDirectory = Path.Combine(_cli.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", config, "--out", outDirectory, "--quiet", "--no-charts");
        Assert.True(exit == 0, log);
        return ResultsCsv.Read(Path.Combine(outDirectory, "results.csv")).ToDictionary(row => (int)row["sweeps"]);
    }
}
