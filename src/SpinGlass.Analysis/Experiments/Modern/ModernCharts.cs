using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Experiments.Retrieval;
using static SpinGlass.Analysis.Experiments.Modern.ModernExperiment;

namespace SpinGlass.Analysis.Experiments.Modern;

/// <summary>
/// Charts of the <c>modern</c> experiment: retrieval rate against M (log axis) per d beside the classical network's;
/// overlap and the fixed-point census against β (log axis); the gallery original → cue → retrieved for fixed images.
/// </summary>
public static class ModernCharts
{
    /// <summary>The points grouped by (d, β, noise, mask), in order.</summary>
    public static IGrouping<(int D, double Beta, double Noise, double Mask), PointRecord>[] Groups(IReadOnlyList<PointRecord> points) =>
        [.. points.GroupBy(p => ((int)p[D], p[Beta], p[Noise], p[Mask])).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2).ThenBy(g => g.Key.Item3).ThenBy(g => g.Key.Item4)];

    /// <summary>Exact retrieval rate vs M (log axis), per (d, β, cue): modern (markers, error bars) and classical (dashed).</summary>
    public static PlotModel Retrieval(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create("One-update retrieval: modern vs classical Hopfield network", "M (stored patterns)", "retrieval rate", LegendPosition.LeftBottom);
        model.Axes.Clear();
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "M (stored patterns)", MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "retrieval rate (exact, all signs)", Minimum = -0.02, Maximum = 1.02, MajorGridlineStyle = LineStyle.Dot });
        var groups = Groups(points);
        for (int k = 0; k < groups.Length; k++)
        {
            var curve = groups[k].OrderBy(p => p[M]).ToArray();
            string label = Label(groups[k].Key, groups);
            var modern = ChartStyle.Data($"modern, {label}", ChartStyle.Color(k));
            var line = new LineSeries { Color = ChartStyle.Color(k), StrokeThickness = 1 };
            var classical = ChartStyle.Theory($"classical, {label}", ChartStyle.Color(k));
            classical.MarkerType = MarkerType.Square;
            classical.MarkerSize = 2.5;
            foreach (var p in curve)
            {
                modern.Points.Add(new ScatterErrorPoint(p[M], p[RetrievalRate], 0, Finite(p.Error(RetrievalRate))));
                line.Points.Add(new DataPoint(p[M], p[RetrievalRate]));
                classical.Points.Add(new DataPoint(p[M], p[ClassicalRate]));
            }

            model.Series.Add(line);
            model.Series.Add(modern);
            model.Series.Add(classical);
            model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation
            {
                Type = OxyPlot.Annotations.LineAnnotationType.Vertical,
                X = ClassicalAlpha * groups[k].Key.D,
                Color = ChartStyle.Color(k),
                LineStyle = LineStyle.Dot,
                // the classical capacities sit close together at the left: name only the last
                Text = k == groups.Length - 1 ? "0.138·d (classical)" : null,
                TextColor = ChartStyle.Color(k),
            });
        }

        return model;
    }

    /// <summary>Overlap with the target and the fixed-point census vs β (log axis), per (d, M, cue).</summary>
    public static PlotModel BetaRegimes(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create("The three regimes of the modern Hopfield network", "β", "overlap  /  share of retrieved states", LegendPosition.RightBottom);
        model.Axes.Clear();
        model.Axes.Add(new LogarithmicAxis { Position = AxisPosition.Bottom, Title = "β (inverse temperature)", MajorGridlineStyle = LineStyle.Dot });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = "overlap x·ξ/d  /  share of retrieved states", Minimum = -0.02, Maximum = 1.02, MajorGridlineStyle = LineStyle.Dot });
        var groups = points.GroupBy(p => ((int)p[D], (int)p[M], p[Noise], p[Mask])).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2).ToArray();
        int colour = 0;
        foreach (var group in groups)
        {
            var curve = group.OrderBy(p => p[Beta]).ToArray();
            string label = string.Create(CultureInfo.InvariantCulture, $"d = {group.Key.Item1}, M = {group.Key.Item2}");
            var overlap = ChartStyle.Data($"overlap, {label}", ChartStyle.Color(colour));
            var line = new LineSeries { Color = ChartStyle.Color(colour), StrokeThickness = 1.5 };
            foreach (var p in curve)
            {
                overlap.Points.Add(new ScatterErrorPoint(p[Beta], p[Overlap], 0, Finite(p.Error(Overlap))));
                line.Points.Add(new DataPoint(p[Beta], p[Overlap]));
            }

            model.Series.Add(line);
            model.Series.Add(overlap);
            foreach (var (output, name, style) in new[] { (NearOnePattern, "single pattern", LineStyle.Dash), (Metastable, "metastable", LineStyle.DashDot), (Global, "global average", LineStyle.Dot) })
            {
                var share = ChartStyle.Theory($"{name}, {label}", ChartStyle.Color(colour), style);
                share.Points.AddRange(curve.Select(p => new DataPoint(p[Beta], p[output])));
                model.Series.Add(share);
            }

            colour++;
        }

        return model;
    }

    /// <summary>Each stored image: original, cue, retrieved state (signs), at the largest β and the cue nearest 20 % corrupted.</summary>
    public static PlotModel Gallery(StoredImages images, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(points);
        // the largest β (retrieval rather than averaging), at the cue nearest 20 % corrupted
        var point = points.Where(p => p.Payload(Examples).Length > 0)
            .OrderByDescending(p => p[Beta])
            .ThenBy(p => Math.Abs(p[Noise] + p[Mask] - 0.2))
            .FirstOrDefault();
        var rows = new List<GalleryRow>();
        for (int k = 0; k < images.Patterns.P; k++)
        {
            var panels = new List<GalleryPanel> { new("original", images.Patterns.Pattern(k).ToArray()) };
            if (point?.Payload(Examples).FirstOrDefault(e => e.Target == k) is { } example)
            {
                panels.Add(new("cue", example.Cue));
                panels.Add(new("retrieved", example.Retrieved));
            }

            rows.Add(new GalleryRow(images.Names[k], panels));
        }

        string title = point is null
            ? "Modern Hopfield retrieval"
            : string.Create(CultureInfo.InvariantCulture, $"Modern Hopfield retrieval, d = {point[D]}, M = {point[M]}, β = {point[Beta]}, noise {point[Noise]}, mask {point[Mask]}");
        return PatternGallery.Create(title, rows, images.Width, images.Height);
    }

    private static string Label((int D, double Beta, double Noise, double Mask) key, IGrouping<(int D, double Beta, double Noise, double Mask), PointRecord>[] groups)
    {
        var parts = new List<string> { string.Create(CultureInfo.InvariantCulture, $"d = {key.D}") };
        if (groups.Select(g => g.Key.Beta).Distinct().Count() > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"β = {key.Beta}"));
        }

        if (groups.Select(g => (g.Key.Noise, g.Key.Mask)).Distinct().Count() > 1)
        {
            parts.Add(key.Mask > 0 ? string.Create(CultureInfo.InvariantCulture, $"mask {key.Mask}") : string.Create(CultureInfo.InvariantCulture, $"noise {key.Noise}"));
        }

        return string.Join(", ", parts);
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}
