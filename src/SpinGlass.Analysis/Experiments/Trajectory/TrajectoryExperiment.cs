using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.Trajectory;

/// <summary>
/// Runs a <see cref="TrajectoryDefinition"/>: the energy trajectory during convergence, E(t)/N and m(t) after every sweep,
/// averaged over trials, beside the replica-symmetric energy and overlap of the state recall reaches (docs/physics.md).
/// At T = 0 every flip lowers the energy, so E(t) falls until the fixed point, where it stays.
/// </summary>
/// <remarks>Hopfield, PNAS 79, 2554 (1982): the energy decreases monotonically under asynchronous updates.</remarks>
public sealed class TrajectoryExperiment(TrajectoryDefinition definition)
    : Experiment<TrajectoryDefinition, CapacityPoint, TrajectoryExperiment.Trial>(definition, definition.Points, definition.Trials, Declared)
{
    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<TrajectoryDefinition, CapacityPoint, Trial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>The load α as configured.</summary>
    public static Output Alpha { get; } = Declared.Coordinate("alpha", "load α = p/N as configured", p => p.Alpha);

    /// <summary>Stored patterns p.</summary>
    public static Output P { get; } = Declared.Coordinate("p", "stored patterns p", p => p.P, OutputKind.Integer);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature", p => p.T);

    /// <summary>Energy per spin of the starting cue.</summary>
    public static Output EnergyStart { get; } = Declared.Mean("energy_start", "energy per spin E(0)/N of the starting cue", (_, t) => t.Energy[0]);

    /// <summary>Energy per spin after the last sweep.</summary>
    public static Output EnergyFinal { get; } = Declared.Mean("energy_final", "energy per spin E/N after the last sweep", (_, t) => t.Energy[^1]);

    /// <summary>Overlap with ξ¹ after the last sweep.</summary>
    public static Output OverlapFinal { get; } = Declared.Mean("overlap_final", "overlap m with ξ¹ after the last sweep", (_, t) => t.Overlap[^1]);

    /// <summary>Fraction of trials that reached a fixed point within the sweeps (zero-temperature rule only).</summary>
    public static Output SettledRate { get; } = Declared.Rate(
        "settled_rate", "fraction of trials in which a sweep changed nothing within the sweeps followed (zero-temperature rule; 0 at T > 0)", (_, t) => !double.IsNaN(t.SweepsToFixedPoint));

    /// <summary>Sweeps until no spin changed, over the trials that settled.</summary>
    public static Output SweepsToFixedPoint { get; } = Declared.Estimate(
        "sweeps_to_fixed_point", "sweeps until a sweep changed nothing, mean over the trials that settled (empty if none did)",
        (_, _, trials) => MeanAccumulator.Of([.. trials.Select(t => t.SweepsToFixedPoint).Where(double.IsFinite)]));

    /// <summary>Replica-symmetric energy per spin of the state reached from a stored pattern.</summary>
    public static Output EnergyTheory { get; } = Declared.Theory(
        "energy_theory", "replica-symmetric energy per spin of the state reached from ξ¹ (AGS 1987; ±1 spins only)",
        (d, p) => d.Coding == NeuronCoding.Spin ? HopfieldTheory.EnergyFromPattern(p.Alpha, p.T) : double.NaN);

    /// <summary>Replica-symmetric retrieval overlap.</summary>
    public static Output OverlapTheory { get; } = Declared.Theory(
        "overlap_theory", "replica-symmetric m(α, T) of the retrieval branch (AGS 1987), 0 where it does not exist", (_, p) => HopfieldTheory.RetrievalOverlap(p.Alpha, p.T));

    /// <summary>The mean trajectory: rows t = 0 … sweeps of (E/N, its error, m, its error).</summary>
    public static PayloadKey<double[][]> MeanTrajectory { get; } = Declared.Payload(
        "trajectory", "E(t)/N and m(t) averaged over trials, with standard errors, for t = 0 … sweeps", (_, _, trials) => Average(trials));

    /// <inheritdoc />
    protected override double TrialCost(CapacityPoint point)
    {
        return (double)point.N * point.P * Definition.Dynamics.Measure;
    }

    /// <inheritdoc />
    protected override Trial RunTrial(CapacityPoint point, TrialContext context)
    {
        var patterns = context.RandomPatterns(point.N, point.P);
        var target = patterns.Pattern(0).ToArray();
        var state = (HopfieldState)new HopfieldNetwork(patterns, Definition.Coding).CreateState(Cues.Flip(target, Definition.StartNoise, context.Random));
        var energy = new List<double>(Definition.Dynamics.Measure + 1);
        var overlap = new List<double>(Definition.Dynamics.Measure + 1);
        void Measure()
        {
            energy.Add(state.Energy / point.N);
            overlap.Add(Cues.Overlap(state.Spins, target));
        }

        Measure();
        context.Run(state, Definition.Dynamics, point.Beta, Measure);
        double settled = double.NaN;
        if (Definition.Dynamics.Rule == Sampling.UpdateRule.ZeroTemperature)
        {
            // every zero-temperature flip lowers E strictly, so an unchanged E means a sweep without flips
            int t = Enumerable.Range(1, energy.Count - 1).FirstOrDefault(t => energy[t] == energy[t - 1], -1);
            settled = t < 0 ? double.NaN : t - 1;
        }

        return new Trial([.. energy], [.. overlap], settled);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        var table = new ResultTable(["N", "alpha", "p", "T", "t", "energy", "energy_err", "overlap", "overlap_err"]);
        foreach (var point in points)
        {
            var rows = point.Payload(MeanTrajectory);
            for (int t = 0; t < rows.Length; t++)
            {
                table.Add((long)point[N], point[Alpha], (long)point[P], point[T], t, rows[t][0], rows[t][1], rows[t][2], rows[t][3]);
            }
        }

        report.Table("trajectory.csv", table);
        report.Chart("trajectory_energy", () => TrajectoryCharts.Energy(points));
        report.Chart("trajectory_overlap", () => TrajectoryCharts.Overlap(points));
    }

    private static double[][] Average(IReadOnlyList<Trial> trials)
    {
        int length = trials.Min(t => t.Energy.Length);
        var rows = new double[length][];
        for (int t = 0; t < length; t++)
        {
            var e = new MeanAccumulator();
            var m = new MeanAccumulator();
            foreach (var trial in trials)
            {
                e.Add(trial.Energy[t]);
                m.Add(trial.Overlap[t]);
            }

            rows[t] = [e.Mean, e.StandardError, m.Mean, m.StandardError];
        }

        return rows;
    }

    /// <summary>One trial's trajectory.</summary>
    /// <param name="Energy">E(t)/N for t = 0 (the cue) … sweeps.</param>
    /// <param name="Overlap">m(t) with ξ¹ for the same t.</param>
    /// <param name="SweepsToFixedPoint">Sweeps until one changed nothing (zero-temperature rule), or NaN.</param>
    public sealed record Trial(double[] Energy, double[] Overlap, double SweepsToFixedPoint);
}
