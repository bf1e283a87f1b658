using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Anneal;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Graphs;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Annealing;
using Xunit.Abstractions;
using static SpinGlass.Analysis.Experiments.Anneal.AnnealExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

public sealed class AnnealExperimentTests(ITestOutputHelper output)
{
    // the seeds' frustrated triangle: no configuration satisfies all three bonds, E_0 = −1 six times over
    private static readonly BondList Triangle = new(3, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, -1.0)]);

    private static AnnealExperiment Experiment(ModelSource source, int[] sweeps, int trials, double? target = null) => new(new AnnealDefinition(
        [.. sweeps.Select(s => new AnnealPoint(source, s, 0))], ScheduleKind.Linear, 0.1, 4, null, null, UpdateRule.Metropolis, target, 1e-9, trials, Seed: 17));

    [Fact]
    public void The_enumerated_target_is_the_brute_force_minimum_with_fields_without_them_and_for_a_hopfield_network()
    {
        var rng = new Xoshiro256StarStar(3);
        var sk = BondList.SherringtonKirkpatrick(10, gaussian: true, rng);
        var fields = Enumerable.Range(0, 10).Select(_ => 0.3 * rng.NextGaussian()).ToArray();
        var withFields = new BondList(10, [.. Enumerable.Range(0, sk.Count).Select(b => sk[b])], fields);
        var patterns = PatternSet.Random(9, 3, rng);
        var hopfield = new HopfieldNetwork(patterns);
        foreach (var (source, energy) in new (ModelSource, Func<sbyte[], double>)[]
        {
            (ModelSources.Couplings(sk, "sk10"), s => sk.Energy(s)),
            (ModelSources.Couplings(withFields, "fields"), s => withFields.Energy(s)),
            (ModelSources.Hopfield(patterns, "patterns"), s => hopfield.Energy(s)),
        })
        {
            var record = PointRunner.Run(Experiment(source, [5], trials: 2), seed: 1);
            double brute = double.PositiveInfinity;
            for (int mask = 0; mask < 1 << source.N; mask++)
            {
                brute = Math.Min(brute, energy([.. Enumerable.Range(0, source.N).Select(i => (sbyte)(((mask >> i) & 1) == 0 ? 1 : -1))]));
            }

            Assert.Equal(brute, record[TargetEnergy], 10);
            Assert.True(record[BestEnergy] >= brute - 1e-9);
        }
    }

    [Fact]
    public void Annealing_finds_the_ground_state_of_a_12_spin_SK_instance_every_time_with_a_generous_budget_and_not_with_a_tiny_one()
    {
        var source = ModelSources.SherringtonKirkpatrick(12, gaussian: true);
        var experiment = Experiment(source, [1, 1000], trials: 30);
        var quench = PointRunner.Run(experiment, seed: 2, point: 0);
        var generous = PointRunner.Run(experiment, seed: 2, point: 1);
        output.WriteLine($"N = 12 SK: success {quench[SuccessRate]:F3} after 1 sweep, {generous[SuccessRate]:F3} after 1000; E_0/N = {generous[TargetEnergy] / 12:F4}");
        Assert.Equal(1.0, generous[SuccessRate]);
        Assert.True(quench[SuccessRate] < 0.5);
        // trial k anneals the same instance at every budget
        Assert.Equal(experiment.Run(new TrialContext(2, 0, 3)).Target, experiment.Run(new TrialContext(2, 1, 3)).Target);
        Assert.NotEqual(experiment.Run(new TrialContext(2, 0, 3)).Target, experiment.Run(new TrialContext(2, 0, 4)).Target);
    }

    [Fact]
    public void The_frustrated_triangle_is_always_solved_and_leaves_the_cut_columns_empty()
    {
        var record = PointRunner.Run(Experiment(ModelSources.Couplings(Triangle, "triangle"), [50], trials: 20), seed: 3);
        Assert.Equal(-1, record[TargetEnergy], 12);
        Assert.Equal(1.0, record[SuccessRate]);
        Assert.Equal(-1, record[BestEnergy], 12);
        Assert.True(double.IsNaN(record[BestCut]));
    }

    [Fact]
    public void A_max_cut_graph_reports_its_cut_and_a_given_target_replaces_enumeration()
    {
        var graph = new WeightedGraph(5, [(0, 1, 2.0), (1, 2, 1.0), (0, 2, 3.0), (2, 3, 1.5), (3, 4, 4.0), (4, 1, 0.5)]);
        var source = new MaxCutSource(graph, "small");
        var record = PointRunner.Run(Experiment(source, [200], trials: 10), seed: 4);
        Assert.Equal(10.5, record[MaxCut], 12);
        Assert.Equal(10.5, record[BestCut], 12);
        Assert.Equal(1.0, record[SuccessRate]);

        // an unreachable target: nothing succeeds, and the maximum cut follows the target
        var strict = PointRunner.Run(Experiment(source, [200], trials: 4, target: graph.EnergyOf(11)), seed: 4);
        Assert.Equal(0.0, strict[SuccessRate]);
        Assert.Equal(11, strict[MaxCut], 12);
    }

    [Fact]
    public void Above_24_spins_without_a_target_success_is_unknown_and_only_the_best_energy_is_reported()
    {
        var record = PointRunner.Run(Experiment(ModelSources.SherringtonKirkpatrick(30, gaussian: false), [20], trials: 3), seed: 5);
        Assert.True(double.IsNaN(record[SuccessRate]));
        Assert.True(double.IsNaN(record[TargetEnergy]));
        Assert.InRange(record[BestEnergyPerSpin], -0.85, -0.5);
    }

    [Fact]
    public void The_schedule_of_a_budget_has_one_step_per_sweep_unless_told_otherwise()
    {
        var definition = Experiment(ModelSources.Couplings(Triangle, "t"), [10], 1).Definition;
        Assert.Equal(30, definition.ScheduleFor(30).Steps);
        Assert.Equal(4, (definition with { SweepsPerStep = 8 }).ScheduleFor(30).Steps);
        Assert.Equal(5, (definition with { Steps = 50 }).ScheduleFor(5).Steps);
        Assert.Equal(1, definition.ScheduleFor(1).Steps);
    }
}
