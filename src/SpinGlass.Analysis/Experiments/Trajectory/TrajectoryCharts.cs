using OxyPlot;
using OxyPlot.Legends;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.Trajectory.TrajectoryExperiment;

namespace SpinGlass.Analysis.Experiments.Trajectory;

/// <summary>Charts of the <c>trajectory</c> experiment: E(t)/N and m(t) per point, with the RS values they approach.</summary>
public static class TrajectoryCharts
{
    /// <summary>Energy per spin against sweeps, a series per point, each with its RS energy dashed.</summary>
    public static PlotModel Energy(IReadOnlyList<PointRecord> points) => Create(points, "Energy during recall", "E/N", 0, EnergyTheory);

    /// <summary>Overlap with ξ¹ against sweeps, a series per point, each with its RS overlap dashed.</summary>
    public static PlotModel Overlap(IReadOnlyList<PointRecord> points) => Create(points, "Overlap during recall", "m", 2, OverlapTheory);

    private static PlotModel Create(IReadOnlyList<PointRecord> points, string title, string yTitle, int column, Output theory)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create($"{title}, Hopfield network", "sweeps t", yTitle, column == 0 ? LegendPosition.RightTop : LegendPosition.RightBottom);
        for (int k = 0; k < points.Count; k++)
        {
            var point = points[k];
            var rows = point.Payload(MeanTrajectory);
            string label = FormattableString.Invariant($"N = {point[N]}, α = {point[Alpha]}, T = {point[T]}");
            var series = ChartStyle.Data(label, ChartStyle.Color(k));
            for (int t = 0; t < rows.Length; t++)
            {
                double error = rows[t][column + 1];
                series.Points.Add(new ScatterErrorPoint(t, rows[t][column], 0, double.IsFinite(error) ? error : 0));
            }

            model.Series.Add(series);
            if (double.IsFinite(point[theory]))
            {
                var line = ChartStyle.Theory(k == 0 ? "RS theory (AGS)" : "", ChartStyle.Color(k));
                line.Points.Add(new DataPoint(0, point[theory]));
                line.Points.Add(new DataPoint(rows.Length - 1, point[theory]));
                model.Series.Add(line);
            }
        }

        return model;
    }
}
