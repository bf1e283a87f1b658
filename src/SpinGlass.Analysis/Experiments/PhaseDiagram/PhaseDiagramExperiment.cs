using SpinGlass.Models;
using SpinGlass.Models.Capabilities;
using SpinGlass.Analysis.Experiments.Capacity;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>
/// Runs a <see cref="PhaseDiagramDefinition"/>: a fresh random pattern set per trial, the chain started at ξ¹, the
/// overlap with ξ¹ and the energy per spin averaged over the measurement sweeps; reported beside the replica-symmetric
/// theory, with the AGS lines T_g, T_M and T_c in <c>theory.csv</c>.
/// </summary>
/// <remarks>Amit, Gutfreund and Sompolinsky, Ann. Phys. 173, 30 (1987), Fig. 1: the T_g, T_M and T_c lines.</remarks>
public sealed class PhaseDiagramExperiment : Experiment<PhaseDiagramDefinition, CapacityPoint, PhaseDiagramTrial>
{
    private readonly PhaseDiagramGroups? _groups;

    /// <summary>Creates the experiment.</summary>
    public PhaseDiagramExperiment(PhaseDiagramDefinition definition)
        : base(Validated(definition), definition.Points, definition.Trials, Declared)
    {
        _groups = definition.Lanes ? new PhaseDiagramLanes(definition) : definition.Tempering ? new PhaseDiagramLadders(definition) : null;
    }

    /// <summary>The declared outputs, in column order.</summary>
    public static OutputSet<PhaseDiagramDefinition, CapacityPoint, PhaseDiagramTrial> Declared { get; } = new();

    /// <summary>Number of neurons N.</summary>
    public static Output N { get; } = Declared.Coordinate("N", "number of neurons", p => p.N, OutputKind.Integer);

    /// <summary>The load α as configured.</summary>
    public static Output Alpha { get; } = Declared.Coordinate("alpha", "load α = p/N as configured", p => p.Alpha);

    /// <summary>Temperature.</summary>
    public static Output T { get; } = Declared.Coordinate("T", "temperature", p => p.T);

    /// <summary>Time-averaged overlap with the starting pattern.</summary>
    public static Output Overlap { get; } = Declared.Mean("overlap", "overlap m with ξ¹, the starting pattern, averaged over the measurement sweeps", (_, t) => t.Overlap);

    /// <summary>Time-averaged energy per spin.</summary>
    public static Output Energy { get; } = Declared.Mean("energy", "energy per spin E/N averaged over the measurement sweeps", (_, t) => t.Energy);

    /// <summary>Replica-symmetric retrieval overlap (0 where the retrieval branch does not exist).</summary>
    public static Output OverlapTheory { get; } = Declared.Theory(
        "overlap_theory", "replica-symmetric m(α, T) of the retrieval branch (AGS 1987), 0 where it does not exist; Hebb only (empty for the other rules)",
        (d, p) => d.Memory.IsAgs ? HopfieldTheory.RetrievalOverlap(p.Alpha, p.T) : double.NaN);

    /// <summary>Replica-symmetric energy per spin of the state the run ends in.</summary>
    public static Output EnergyTheory { get; } = Declared.Theory(
        "energy_theory", "replica-symmetric energy per spin of the state a run from ξ¹ ends in: retrieval below T_M, else spin glass or paramagnet; Hebb only (empty for the other rules)",
        (d, p) => d.Memory.IsAgs ? HopfieldTheory.EnergyFromPattern(p.Alpha, p.T) : double.NaN);

    /// <summary>
    /// The AGS lines <c>alpha, T_g, T_M, T_c</c> on a grid of α from 0 plus the two tips (empty cells where a line does
    /// not exist). T_M and T_c are the upper temperatures of lines that are slightly re-entrant near T = 0 in the RS
    /// theory (the tips: α = 0.1382 at T = 0.023 and α = 0.0531 at T = 0.085); the charts trace them in T instead.
    /// </summary>
    public static ResultTable TheoryLines(double alphaMax, double step)
    {
        var table = new ResultTable(["alpha", "T_g", "T_M", "T_c"]);
        int count = (int)Math.Round(alphaMax / step);
        var alphas = Enumerable.Range(0, count + 1).Select(k => Math.Round(k * step, 10)).ToList();
        alphas.AddRange(new[] { AgsPhaseDiagram.RetrievalLimitTip.Alpha, AgsPhaseDiagram.GlobalStabilityTip.Alpha }.Where(a => a <= alphaMax));
        // each α's three roots are independent (≈ 10 ms apiece): solved in parallel, added in order
        double[] ordered = [.. alphas.Order()];
        var rows = new (double Tg, double Tm, double Tc)[ordered.Length];
        Parallel.For(0, ordered.Length, k => rows[k] = (
            AgsPhaseDiagram.SpinGlassTemperature(ordered[k]),
            AgsPhaseDiagram.RetrievalLimitTemperature(ordered[k]),
            AgsPhaseDiagram.GlobalStabilityTemperature(ordered[k])));
        for (int k = 0; k < ordered.Length; k++)
        {
            table.Add(ordered[k], rows[k].Tg, rows[k].Tm, rows[k].Tc);
        }

        return table;
    }

    /// <inheritdoc />
    protected override double TrialCost(CapacityPoint point)
    {
        double cost = (double)point.N * Math.Max(1, point.P) * (Definition.Dynamics.Thermalize + Definition.Dynamics.Measure);
        return _groups?.Cost(point, cost) ?? cost;
    }

    /// <inheritdoc />
    protected override PhaseDiagramTrial RunTrial(CapacityPoint point, TrialContext context)
    {
        if (_groups?.Run(point, context) is { } grouped)
        {
            return grouped;
        }

        var patterns = Definition.Memory.RandomPatterns(context, point.N, point.P);
        var state = Definition.Memory.Build(patterns, Definition.Coding, context).CreateState(patterns.Pattern(0));
        var overlaps = (IPatternOverlaps)state;
        double overlap = 0, energy = 0, n = point.N;
        var outcome = context.Run(state, Definition.Dynamics, point.Beta, () =>
        {
            overlap += overlaps.Overlaps[0] / n;
            energy += state.Energy / n;
        });
        return new PhaseDiagramTrial(overlap / outcome.Measurements, energy / outcome.Measurements);
    }

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        double alphaMax = Math.Max(0.16, points.Count == 0 ? 0 : points.Max(p => p[Alpha]));
        var lines = TheoryLines(alphaMax, 0.002);
        report.Table("theory.csv", lines);
        report.Chart("phase_diagram", () => PhaseDiagramCharts.HeatMap(points, lines));
        report.Chart("overlap_vs_T", () => PhaseDiagramCharts.OverlapVersusTemperature(points));
    }

    private static PhaseDiagramDefinition Validated(PhaseDiagramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Lanes && (definition.Tempering || definition.Dynamics.Order != Sampling.SiteOrder.Random))
        {
            throw new ArgumentException("Lanes run random site order and no tempering.", nameof(definition));
        }

        return definition.Dynamics.Relaxes(double.PositiveInfinity)
            ? throw new ArgumentException("The phase diagram samples equilibrium at every T: use glauber or metropolis with RelaxAtZeroTemperature false.", nameof(definition))
            : definition;
    }
}
