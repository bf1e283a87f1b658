using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Theory;
using static SpinGlass.Analysis.Experiments.PhaseDiagram.PhaseDiagramExperiment;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>Charts of the <c>phase-diagram</c> experiment.</summary>
public static class PhaseDiagramCharts
{
    /// <summary>A heat map of the measured overlap over (α, T) for the largest N, with the T_g, T_M and T_c lines.</summary>
    public static PlotModel HeatMap(IReadOnlyList<PointRecord> points, ResultTable lines)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(lines);
        int n = points.Count == 0 ? 0 : (int)points.Max(p => p[N]);
        var grid = points.Where(p => p[N] == n).ToArray();
        double[] alphas = [.. grid.Select(p => p[Alpha]).Distinct().Order()], temperatures = [.. grid.Select(p => p[T]).Distinct().Order()];
        var model = ChartStyle.Create(FormattableString.Invariant($"Overlap with the stored pattern (heat bath from ξ¹), N = {n}"), "α = p/N", "T", OxyPlot.Legends.LegendPosition.BottomCenter);
        model.Legends[0].LegendPlacement = OxyPlot.Legends.LegendPlacement.Outside;
        model.Legends[0].LegendOrientation = OxyPlot.Legends.LegendOrientation.Horizontal;
        model.Axes.Add(new LinearColorAxis { Position = AxisPosition.Right, Palette = OxyPalettes.Viridis(200), Minimum = 0, Maximum = 1, Title = "m" });
        if (alphas.Length > 0 && temperatures.Length > 0)
        {
            var data = new double[alphas.Length, temperatures.Length];
            foreach (var p in grid)
            {
                data[Array.IndexOf(alphas, p[Alpha]), Array.IndexOf(temperatures, p[T])] = p[Overlap];
            }

            model.Series.Add(new HeatMapSeries
            {
                X0 = alphas[0],
                X1 = alphas[^1],
                Y0 = temperatures[0],
                Y1 = temperatures[^1],
                Data = data,
                Interpolate = false,
                RenderMethod = HeatMapRenderMethod.Rectangles,
            });
        }

        var spinGlass = ChartStyle.Theory("T_g = 1 + √α (spin glass)", OxyColors.Violet, LineStyle.Solid);
        foreach (var row in lines.Rows)
        {
            spinGlass.Points.Add(new DataPoint((double)row[0], (double)row[1]));
        }

        model.Series.Add(Styled(spinGlass));
        model.Series.Add(Styled(Traced("T_M (retrieval states exist)", OxyColors.OrangeRed, AgsPhaseDiagram.CriticalLoadAt)));
        model.Series.Add(Styled(Traced("T_c (retrieval states global minima)", OxyColors.DeepSkyBlue, AgsPhaseDiagram.GlobalStabilityLoadAt)));
        return model;
    }

    /// <summary>A line α(T) traced over temperature, which follows its re-entrant part near T = 0.</summary>
    private static LineSeries Traced(string title, OxyColor color, Func<double, double> load)
    {
        var line = ChartStyle.Theory(title, color, LineStyle.Solid);
        for (int k = 0; k <= 400; k++)
        {
            double temperature = k / 400.0, alpha = load(temperature);
            line.Points.Add(double.IsFinite(alpha) && alpha > 0 ? new DataPoint(alpha, temperature) : DataPoint.Undefined);
        }

        return line;
    }

    private static LineSeries Styled(LineSeries line)
    {
        line.StrokeThickness = 2.5;
        return line;
    }

    /// <summary>Overlap vs T, one series per α (largest N), with the RS retrieval overlap.</summary>
    public static PlotModel OverlapVersusTemperature(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        int n = points.Count == 0 ? 0 : (int)points.Max(p => p[N]);
        var model = ChartStyle.Create(FormattableString.Invariant($"Overlap vs temperature, N = {n}"), "T", "m", OxyPlot.Legends.LegendPosition.RightTop);
        var groups = points.Where(p => p[N] == n).GroupBy(p => p[Alpha]).OrderBy(g => g.Key).ToArray();
        for (int k = 0; k < groups.Length; k++)
        {
            var color = ChartStyle.Color(k);
            var data = ChartStyle.Data(FormattableString.Invariant($"α = {groups[k].Key}"), color);
            var theory = ChartStyle.Theory(FormattableString.Invariant($"RS α = {groups[k].Key}"), color);
            foreach (var p in groups[k].OrderBy(p => p[T]))
            {
                data.Points.Add(new ScatterErrorPoint(p[T], p[Overlap], 0, double.IsFinite(p.Error(Overlap)) ? p.Error(Overlap) : 0));
                theory.Points.Add(new DataPoint(p[T], p[OverlapTheory]));
            }

            model.Series.Add(data);
            model.Series.Add(theory);
        }

        return model;
    }
}
