using System.Globalization;
using OxyPlot;
using OxyPlot.Legends;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;

namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>Charts of the <c>exact</c> experiment: a quantity vs T per model point, and P(q) per temperature.</summary>
public static class ExactCharts
{
    /// <summary>The most temperatures drawn in the P(q) chart. The value is 6.</summary>
    public const int MaxCurves = 6;

    /// <summary><paramref name="output"/> vs T, one curve per model point (error bars: disorder samples).</summary>
    public static PlotModel Curve(ExactDefinition definition, IReadOnlyList<PointRecord> points, Output output, string title, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(output);
        var model = ChartStyle.Create($"{title}, exact enumeration ({definition.Models[0].Kind})", "temperature T", yTitle);
        foreach (var group in Enumerable.Range(0, points.Count).GroupBy(k => definition.Points[k].Model))
        {
            var color = ChartStyle.Color(group.Key);
            var line = ChartStyle.Theory("", color, LineStyle.Solid);
            var data = ChartStyle.Data(Label(definition, group.Key), color);
            foreach (int k in group.OrderBy(k => definition.Points[k].T))
            {
                double y = points[k][output], error = output.HasError ? points[k].Error(output) : double.NaN;
                if (double.IsFinite(y) && double.IsFinite(definition.Points[k].T))
                {
                    line.Points.Add(new DataPoint(definition.Points[k].T, y));
                    data.Points.Add(new ScatterErrorPoint(definition.Points[k].T, y, 0, double.IsFinite(error) ? error : 0));
                }
            }

            model.Series.Add(line);
            model.Series.Add(data);
        }

        return model;
    }

    /// <summary>P(q) of the largest model point at up to <see cref="MaxCurves"/> of its temperatures, evenly spread.</summary>
    public static PlotModel Distribution(ExactDefinition definition, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        int largest = Enumerable.Range(0, definition.Models.Count).MaxBy(m => definition.Models[m].N);
        int[] mine = [.. Enumerable.Range(0, points.Count).Where(k => definition.Points[k].Model == largest).OrderBy(k => definition.Points[k].T)];
        int[] shown = [.. Enumerable.Range(0, Math.Min(MaxCurves, mine.Length)).Select(c => mine[mine.Length == 1 ? 0 : c * (mine.Length - 1) / (Math.Min(MaxCurves, mine.Length) - 1)]).Distinct()];
        var model = ChartStyle.Create($"Overlap distribution P(q), {Label(definition, largest)}", "overlap q", "P(q)", LegendPosition.TopCenter);
        int color = 0;
        foreach (int k in shown)
        {
            var point = definition.Points[k];
            var p = points[k].Payload(ExactExperiment.Overlap);
            var line = ChartStyle.Theory(string.Create(CultureInfo.InvariantCulture, $"T = {point.T:0.###}"), ChartStyle.Color(color++), LineStyle.Solid);
            line.MarkerType = MarkerType.Circle;
            line.MarkerSize = 2;
            for (int d = 0; d < p.Length; d++)
            {
                line.Points.Add(new DataPoint(1 - (2.0 * d / point.N), p[d]));
            }

            model.Series.Add(line);
        }

        return model;
    }

    private static string Label(ExactDefinition definition, int model)
    {
        var source = definition.Models[model];
        string size = source.L > 0 ? string.Create(CultureInfo.InvariantCulture, $"L = {source.L}") : string.Create(CultureInfo.InvariantCulture, $"N = {source.N}");
        return source.IsRandom ? size : $"{size} ({source.Kind})";
    }
}
