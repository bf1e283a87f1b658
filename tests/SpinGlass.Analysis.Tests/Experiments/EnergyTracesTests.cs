using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Dense;
using SpinGlass.Analysis.Experiments.Modern;
using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Analysis.Experiments.Trajectory;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Modern;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Tests.Experiments;

/// <summary>
/// The energy trajectories of <c>retrieval</c>, <c>dense</c> and <c>modern</c>: at T = 0 they never rise, their ends are
/// the model's energy of the cue and of the final state evaluated afresh, and only the first trials keep one.
/// </summary>
public sealed class EnergyTracesTests
{
    private const ulong Seed = 11;

    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);

    [Fact]
    public void Hebbian_recall_at_zero_temperature_never_raises_the_energy_and_records_the_cue_and_the_recalled_state()
    {
        var images = Letters("ABCDE");
        var network = new HopfieldNetwork(images.Patterns, NeuronCoding.Spin);
        var experiment = new RetrievalExperiment(new RetrievalDefinition(
            [new RetrievalPoint(100, 5, 0.3, 0, double.PositiveInfinity)], images, NeuronCoding.Spin, ZeroTemperature, 5, 1.0));
        for (int trial = 0; trial < 5; trial++)
        {
            var run = experiment.Run(new TrialContext(Seed, 0, trial));
            if (trial >= EnergyTraces.Trials)
            {
                Assert.Null(run.Trace);
                continue;
            }

            var trace = Assert.IsType<EnergyTrace>(run.Trace);
            Assert.Equal(trial, trace.Trial);
            Assert.Equal(run.Sweeps + 1, trace.Energy.Length);
            AssertNonIncreasing(trace.Energy, 0);
            Assert.True(trace.Energy[^1] < trace.Energy[0], "a 30 % cue must descend");
            var target = images.Patterns.Pattern(run.Target);
            Assert.Equal(network.Energy(run.Cue!) / 100, trace.Energy[0], 12);
            Assert.Equal(network.Energy(run.Recalled!) / 100, trace.Energy[^1], 12);
            Assert.Equal(Cues.Overlap(run.Cue!, target), trace.Overlap[0], 12);
            Assert.Equal(run.Overlap, trace.Overlap[^1], 12);
        }

        var record = PointRunner.Run(experiment, Seed);
        Assert.Equal([0, 1, 2], record.Payload(RetrievalExperiment.Trajectories).Select(t => t.Trial));
    }

    [Theory]
    [InlineData(SiteOrder.Rows)]
    [InlineData(SiteOrder.Random)]
    public void The_cubic_dense_memory_at_zero_temperature_never_raises_the_energy_and_records_its_ends(SiteOrder order)
    {
        const int n = 100, k = 60;
        const double noise = 0.3;
        var dynamics = ZeroTemperature with { Order = order, RowWidth = order == SiteOrder.Rows ? 10 : 0 };
        var experiment = new DenseExperiment(new DenseDefinition([new DensePoint(n, Interaction.Polynomial, 3, k, 0, double.PositiveInfinity, Noise: noise)], dynamics, 4));
        for (int trial = 0; trial < EnergyTraces.Trials; trial++)
        {
            var run = experiment.Run(new TrialContext(Seed, 0, trial));
            var trace = Assert.IsType<EnergyTrace>(run.Trace);
            Assert.Equal(run.Sweeps + 1, trace.Energy.Length);
            AssertNonIncreasing(trace.Energy, 0);

            // replay the trial's draws (patterns, cue, dynamics) and evaluate the energy from scratch
            var rng = new TrialContext(Seed, 0, trial).Random;
            var patterns = PatternSet.Random(n, k, rng);
            var pattern = patterns.Pattern(0).ToArray();
            var cue = Cues.Flip(pattern, noise, rng);
            var memory = new DenseAssociativeMemory(patterns, Interaction.Polynomial, 3, 1);
            var state = memory.CreateState(cue);
            dynamics.Run(state, double.PositiveInfinity, rng, () => { }, null, default);
            Assert.Equal(memory.Energy(cue) / n, trace.Energy[0], 9);
            Assert.Equal(memory.Energy(state.Spins) / n, trace.Energy[^1], 9);
            Assert.Equal(Cues.Overlap(cue, pattern), trace.Overlap[0], 12);
            Assert.Equal(run.Overlap, trace.Overlap[^1], 12);
        }

        Assert.Null(experiment.Run(new TrialContext(Seed, 0, EnergyTraces.Trials)).Trace);
    }

    [Fact]
    public void Modern_updates_to_convergence_never_raise_the_energy_and_record_the_cue_and_the_fixed_point()
    {
        var images = Letters("ABCDEFG");
        int d = images.Patterns.N, m = images.Patterns.P;
        const double beta = 0.5;
        var experiment = new ModernExperiment(new ModernDefinition([new ModernPoint(d, m, beta, 0.3, 0)], images, 1, true, 1, 4));
        double[] patterns = new double[m * d];
        for (int mu = 0; mu < m; mu++)
        {
            for (int i = 0; i < d; i++)
            {
                patterns[(mu * d) + i] = images.Patterns.Pattern(mu)[i];
            }
        }

        var network = new ModernHopfieldNetwork(patterns, d, beta, new ManagedMatrixProduct());
        for (int trial = 0; trial < EnergyTraces.Trials; trial++)
        {
            var run = experiment.Run(new TrialContext(Seed, 0, trial));
            var trace = Assert.IsType<EnergyTrace>(run.Trace);
            AssertNonIncreasing(trace.Energy, 1e-12);
            Assert.True(trace.Energy.Length > 2, "convergence takes more than one update");

            // the first cue (image 0) is ±1 with flipped signs, so its signs are the cue; replay its updates one by one
            var example = run.Examples[0];
            Assert.Equal(0, example.Target);
            double[] x = [.. example.Cue.Select(s => (double)s)];
            Assert.Equal(network.Energy(x) / d, trace.Energy[0], 9);
            Assert.Equal(x.Select((v, i) => v * patterns[i]).Sum() / d, trace.Overlap[0], 12);
            for (int update = 0; update < ModernExperiment.MaxUpdates; update++)
            {
                var next = network.Update(x);
                double change = Math.Sqrt(next.Select((v, i) => (v - x[i]) * (v - x[i])).Sum());
                x = next;
                if (change < ModernExperiment.Tolerance)
                {
                    break;
                }
            }

            Assert.Equal(network.Energy(x) / d, trace.Energy[^1], 9);
        }

        Assert.Null(experiment.Run(new TrialContext(Seed, 0, EnergyTraces.Trials)).Trace);
    }

    [Fact]
    public void The_table_leads_with_the_point_coordinates()
    {
        var experiment = new RetrievalExperiment(new RetrievalDefinition(
            [new RetrievalPoint(100, 5, 0.2, 0, double.PositiveInfinity)], Letters("ABCDE"), NeuronCoding.Spin, ZeroTemperature, 4, 1.0));
        var record = PointRunner.Run(experiment, Seed);
        var report = new ExperimentReport();
        EnergyTraces.Report([record], RetrievalExperiment.Declared, RetrievalExperiment.Trajectories, report, "sweeps t", "E/N");
        var (name, table) = Assert.Single(report.Tables);
        Assert.Equal("trajectories.csv", name);
        Assert.Equal(["N", "p", "noise", "T", "trial", "sweep", "energy", "overlap"], table.Columns);
        int rows = record.Payload(RetrievalExperiment.Trajectories).Sum(t => t.Energy.Length);
        Assert.Equal(rows, table.Rows.Count);
        Assert.Equal(new object[] { 100L, 5L, 0.2, 0.0, 0, 0 }, table.Rows[0][..6]);
        Assert.Equal("trajectories", Assert.Single(report.Charts).Key);
    }

    private static void AssertNonIncreasing(double[] energy, double tolerance)
    {
        for (int t = 1; t < energy.Length; t++)
        {
            Assert.True(energy[t] <= energy[t - 1] + (tolerance * Math.Abs(energy[t - 1])), $"E rose from {energy[t - 1]} to {energy[t]} at t = {t}");
        }
    }

    private static StoredImages Letters(string letters) =>
        new(LetterPatterns.Create(letters), LetterPatterns.Width, LetterPatterns.Height, [.. letters.Select(c => c.ToString())]);
}
