using System.Globalization;
using OxyPlot;
using OxyPlot.Legends;
using SpinGlass.Analysis.Charts;

namespace SpinGlass.Analysis.Experiments.Trajectory;

/// <summary>One trial's energy trajectory: index t = 0 is the cue, t = 1, 2, … the state after each sweep (or update).</summary>
/// <param name="Trial">The trial's index within its point.</param>
/// <param name="Energy">Energy per neuron after t sweeps.</param>
/// <param name="Overlap">Overlap with the target after t sweeps.</param>
public sealed record EnergyTrace(int Trial, double[] Energy, double[] Overlap);

/// <summary>Records a trace: call <see cref="Record"/> on the cue and after every sweep; it only reads the state.</summary>
/// <param name="energy">The energy per neuron of the current state.</param>
/// <param name="overlap">The overlap of the current state with the target.</param>
public sealed class EnergyTraceRecorder(Func<double> energy, Func<double> overlap)
{
    private readonly List<double> _energy = [];
    private readonly List<double> _overlap = [];

    /// <summary>Appends the current energy and overlap.</summary>
    public void Record()
    {
        _energy.Add(energy());
        _overlap.Add(overlap());
    }

    /// <summary>The trace recorded so far, as trial <paramref name="trial"/>'s.</summary>
    public EnergyTrace Finish(int trial) => new(trial, [.. _energy], [.. _overlap]);
}

/// <summary>
/// The energy trajectories <c>retrieval</c>, <c>dense</c> and <c>modern</c> keep for their first <see cref="Trials"/>
/// trials of every point (a payload, so memory stays bounded), written as <c>trajectories.csv</c> — the point's
/// coordinates, then <c>trial, sweep, energy, overlap</c> — and drawn as the chart <c>trajectories</c>.
/// </summary>
public static class EnergyTraces
{
    /// <summary>The trials of each point whose trajectories are kept: trials 0 … Trials − 1.</summary>
    public const int Trials = 3;

    /// <summary>The most curves the chart draws.</summary>
    public const int Curves = 6;

    /// <summary>The name of the payload in saved points.</summary>
    public const string PayloadName = "trajectories";

    /// <summary>A recorder for trial <paramref name="context"/> when it is one of the traced trials, else null.</summary>
    public static EnergyTraceRecorder? For(TrialContext context, Func<double> energy, Func<double> overlap)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Trial < Trials ? new EnergyTraceRecorder(energy, overlap) : null;
    }

    /// <summary>The traces of the traced trials, in trial order.</summary>
    public static EnergyTrace[] Of(IEnumerable<EnergyTrace?> traces) => [.. traces.OfType<EnergyTrace>()];

    /// <summary>Adds <c>trajectories.csv</c> and the chart <c>trajectories</c> to <paramref name="report"/>.</summary>
    /// <param name="points">The points.</param>
    /// <param name="declared">The experiment's outputs: its coordinates lead every row.</param>
    /// <param name="key">The payload holding each point's traces.</param>
    /// <param name="report">The report.</param>
    /// <param name="time">The x axis's title (sweeps or updates).</param>
    /// <param name="energy">The y axis's title.</param>
    /// <param name="scale">
    /// Points of one value share an energy scale; the chart draws only the group of the first point whose trace moves
    /// (null: all one group): up to <see cref="Curves"/> points of it, and more traced trials of each when fewer points.
    /// </param>
    public static void Report(
        IReadOnlyList<PointRecord> points, OutputDeclaration declared, PayloadKey<EnergyTrace[]> key, ExperimentReport report, string time, string energy, Func<PointRecord, string>? scale = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(report);
        var coordinates = declared.Outputs.Where(o => o.IsColumn && o.Combine == OutputCombine.Coordinate).ToArray();
        var table = new ResultTable([.. coordinates.Select(o => o.Name), "trial", "sweep", "energy", "overlap"]);
        foreach (var point in points)
        {
            object[] lead = [.. coordinates.Select(o => Cell(point, o))];
            foreach (var trace in point.Payload(key))
            {
                for (int t = 0; t < trace.Energy.Length; t++)
                {
                    table.Add([.. lead, trace.Trial, t, trace.Energy[t], trace.Overlap[t]]);
                }
            }
        }

        report.Table("trajectories.csv", table);
        report.Chart("trajectories", () => Chart(points, coordinates, key, time, energy, scale));
    }

    private static object Cell(PointRecord point, Output output) => output.Kind switch
    {
        OutputKind.Text => point.Text(output),
        OutputKind.Integer => (long)point[output],
        _ => point[output],
    };

    private static PlotModel Chart(
        IReadOnlyList<PointRecord> points, Output[] coordinates, PayloadKey<EnergyTrace[]> key, string time, string energy, Func<PointRecord, string>? scale)
    {
        var traced = points.Where(p => p.Payload(key).Length > 0).ToArray();
        var moving = traced.Where(p => p.Payload(key)[0].Energy.Distinct().Count() > 1).ToArray();
        var candidates = moving.Length > 0 ? moving : traced;
        if (scale is not null && candidates.Length > 0)
        {
            string group = scale(candidates[0]);
            candidates = [.. candidates.Where(p => scale(p) == group)];
        }

        // at most Curves points, spread evenly over the candidates; each drawn by its first traced trials, as many as fit
        var chosen = candidates.Length <= Curves
            ? candidates
            : [.. Enumerable.Range(0, Curves).Select(k => candidates[(int)Math.Round(k * (candidates.Length - 1) / (Curves - 1.0))]).Distinct()];
        int perPoint = chosen.Length == 0 ? 0 : Math.Max(1, Curves / chosen.Length);
        var curves = chosen.SelectMany(p => p.Payload(key).Take(perPoint).Select(trace => (Point: p, Trace: trace))).ToArray();
        // the legend names what tells the points apart; what they share goes in the title
        var varying = coordinates.Where(o => chosen.Select(p => Cell(p, o).ToString()).Distinct().Count() > 1).ToArray();
        string shared = chosen.Length == 0 ? "" : string.Join(", ", coordinates.Except(varying).Where(o => Cell(chosen[0], o) is not double.NaN)
            .Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name} = {Cell(chosen[0], o)}")));
        var model = ChartStyle.Create(shared.Length == 0 ? "Energy during recall" : $"Energy during recall ({shared})", time, energy, LegendPosition.RightTop);
        model.Axes[0].MinimumMajorStep = 1;
        model.Axes[0].MinimumMinorStep = 1;
        for (int k = 0; k < curves.Length; k++)
        {
            var (point, trace) = curves[k];
            string label = string.Join("", varying.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Name} = {Cell(point, o)}, ")))
                + string.Create(CultureInfo.InvariantCulture, $"trial {trace.Trial}");
            var line = ChartStyle.Theory(label, ChartStyle.Color(k), LineStyle.Solid);
            line.MarkerType = MarkerType.Circle;
            line.MarkerSize = 3;
            line.MarkerFill = ChartStyle.Color(k);
            for (int t = 0; t < trace.Energy.Length; t++)
            {
                line.Points.Add(new DataPoint(t, trace.Energy[t]));
            }

            model.Series.Add(line);
        }

        return model;
    }
}
