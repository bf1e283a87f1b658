using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.Anneal.AnnealExperiment;

namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>Charts of the <c>anneal</c> experiment: the best energy (or cut) and the success rate against the sweep budget, a series per N.</summary>
public static class AnnealCharts
{
    /// <summary>
    /// Best energy per spin (or, for a max-cut graph, best cut) against sweeps on a log axis, with the reference dashed:
    /// Parisi's e_0 for SK, else the ground energy per spin (maximum cut) where it is known.
    /// </summary>
    public static PlotModel Best(IReadOnlyList<PointRecord> points, bool graph, bool sk)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = Create(
            graph ? "Max-cut by simulated annealing" : "Simulated annealing: best energy found",
            graph ? "best cut (W − E)/2" : "best energy per spin E/N", graph ? LegendPosition.RightBottom : LegendPosition.RightTop);
        var sizes = points.Select(p => p[N]).Distinct().ToArray();
        double low = points.Min(p => p[Sweeps]), high = points.Max(p => p[Sweeps]);
        for (int k = 0; k < sizes.Length; k++)
        {
            var rows = points.Where(p => p[N] == sizes[k]).OrderBy(p => p[Sweeps]).ToArray();
            var value = graph ? BestCut : BestEnergyPerSpin;
            model.Series.Add(Data(FormattableString.Invariant($"N = {sizes[k]}"), ChartStyle.Color(k), rows, value));
            // random models: the instances' mean ground energy, averaged over the budgets (each point has its own instances)
            double reference = rows.Select(r => graph ? r[MaxCut] : r[TargetEnergy] / sizes[k]).DefaultIfEmpty(double.NaN).Average();
            if (!sk && double.IsFinite(reference))
            {
                model.Series.Add(Line(graph ? "maximum cut" : FormattableString.Invariant($"ground state, N = {sizes[k]}"), ChartStyle.Color(k), reference, low, high));
            }
        }

        if (sk && !graph)
        {
            model.Series.Add(Line("Parisi e₀ = −0.7633 (N → ∞)", OxyColors.Black, ParisiGroundEnergy, low, high));
        }

        return model;
    }

    /// <summary>The fraction of runs that reached the ground energy against sweeps (log axis), a series per N.</summary>
    public static PlotModel Success(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = Create("Simulated annealing: runs reaching the ground state", "success rate", LegendPosition.RightBottom);
        model.Axes[1].Minimum = -0.05;
        model.Axes[1].Maximum = 1.05;
        var sizes = points.Where(p => double.IsFinite(p[SuccessRate])).Select(p => p[N]).Distinct().ToArray();
        for (int k = 0; k < sizes.Length; k++)
        {
            var rows = points.Where(p => p[N] == sizes[k] && double.IsFinite(p[SuccessRate])).OrderBy(p => p[Sweeps]).ToArray();
            model.Series.Add(Data(FormattableString.Invariant($"N = {sizes[k]}"), ChartStyle.Color(k), rows, SuccessRate));
        }

        return model;
    }

    private static PlotModel Create(string title, string yTitle, LegendPosition legend)
    {
        var model = ChartStyle.Create(title, "sweeps per run", yTitle, legend);
        model.Axes[0] = new LogarithmicAxis
        {
            Position = AxisPosition.Bottom, Title = "sweeps per run", MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd),
        };
        return model;
    }

    private static ScatterErrorSeries Data(string title, OxyColor color, IEnumerable<PointRecord> rows, Output value)
    {
        var series = ChartStyle.Data(title, color);
        foreach (var row in rows)
        {
            double error = row.Error(value);
            series.Points.Add(new ScatterErrorPoint(row[Sweeps], row[value], 0, double.IsFinite(error) ? error : 0));
        }

        return series;
    }

    private static LineSeries Line(string title, OxyColor color, double y, double low, double high)
    {
        var line = ChartStyle.Theory(title, color);
        line.Points.Add(new DataPoint(low, y));
        line.Points.Add(new DataPoint(high, y));
        return line;
    }
}
