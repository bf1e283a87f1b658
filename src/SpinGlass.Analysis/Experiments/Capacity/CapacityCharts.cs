using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Theory;
using static SpinGlass.Analysis.Experiments.Capacity.CapacityExperiment;

namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>Charts of the <c>capacity</c> experiment: overlap and rates against the load α = p/N, a series per N.</summary>
public static class CapacityCharts
{
    private const int CurvePoints = 200;

    /// <summary>
    /// Overlap with the stored pattern vs α per N, with the replica-symmetric m(α) and α_c marked (Hebb), or the rule's
    /// capacity at the largest N marked (the other learning rules, at T = 0).
    /// </summary>
    public static PlotModel Overlap(IReadOnlyList<PointRecord> points, HopfieldLearning? learning = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        learning ??= HopfieldLearning.Hebb;
        string rule = learning.IsPlainHebb ? "" : $", {learning.RuleName} rule";
        var model = ChartStyle.Create(Title("Retrieval overlap" + rule, points), "α = p/N", "m", OxyPlot.Legends.LegendPosition.LeftBottom);
        model.Axes[1].Minimum = 0;
        model.Axes[1].Maximum = 1.02;
        AddSeries(model, points, p => (p[CapacityExperiment.Overlap], p.Error(CapacityExperiment.Overlap)), "N = {0}");
        if (!learning.IsAgs)
        {
            int n = points.Count == 0 ? 0 : (int)points.Max(p => p[N]);
            model.Annotations.Add(Marker(0.138, "Hebb α_c = 0.138", OxyColors.LightGray, LineStyle.Dash));
            if (n > 0 && learning.CapacityTheory(n) is var (capacity, source))
            {
                // a capacity beyond the swept loads is named in the subtitle: a line there would be off the chart
                model.Subtitle = FormattableString.Invariant($"rule capacity α_c = {capacity:F3} ({source}, N = {n})");
                model.Annotations.Add(Marker(capacity, FormattableString.Invariant($"α_c = {capacity:F3} ({source}, N = {n})"), OxyColors.Gray, LineStyle.Dot));
            }

            return model;
        }

        foreach (var (temperature, k) in points.Select(p => p[T]).Distinct().Order().Select((t, k) => (t, k)))
        {
            double alphaMax = points.Max(p => p[Alpha]), alphaMin = points.Min(p => p[Alpha]);
            var curve = ChartStyle.Theory(FormattableString.Invariant($"RS theory T = {temperature}"), OxyColors.Black, k == 0 ? LineStyle.Solid : LineStyle.Dash);
            for (int i = 0; i <= CurvePoints; i++)
            {
                double alpha = alphaMin + (alphaMax - alphaMin) * i / CurvePoints;
                double m = HopfieldTheory.RetrievalOverlap(alpha, temperature);
                curve.Points.Add(m > 0 ? new DataPoint(alpha, m) : DataPoint.Undefined);
            }

            double alphaC = AgsPhaseDiagram.CriticalLoadAt(temperature);
            if (alphaC > alphaMin && alphaC < alphaMax)
            {
                // the branch ends at α_c with a finite overlap (m(α_c) = 0.967 at T = 0): draw it to its end
                int last = curve.Points.FindLastIndex(point => point.IsDefined() && point.X < alphaC);
                curve.Points.Insert(last + 1, new DataPoint(alphaC, HopfieldTheory.RetrievalOverlap(alphaC * (1 - 1e-9), temperature)));
            }

            model.Series.Add(curve);
            model.Annotations.Add(Marker(alphaC, FormattableString.Invariant($"α_c = {alphaC:F4} (RS)"), OxyColors.Gray, LineStyle.Dot));
        }

        return model;
    }

    private static LineAnnotation Marker(double alpha, string text, OxyColor color, LineStyle style) => new()
    {
        Type = LineAnnotationType.Vertical,
        X = alpha,
        Color = color,
        LineStyle = style,
        Text = text,
        TextColor = OxyColors.Gray,
    };

    /// <summary>Fractions of trials that retrieve (overlap ≥ retrieval_overlap) and that end exactly on the pattern, vs α per N.</summary>
    public static PlotModel Rates(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create(Title("Retrieval and exact recall", points), "α = p/N", "fraction of trials", OxyPlot.Legends.LegendPosition.RightTop);
        AddSeries(model, points, p => (p[RetrievalRate], p.Error(RetrievalRate)), "retrieved, N = {0}");
        var sizes = points.Select(p => p[N]).Distinct().Order().ToArray();
        for (int k = 0; k < sizes.Length; k++)
        {
            var exact = ChartStyle.Theory($"exact recall, N = {sizes[k]}", ChartStyle.Color(k), LineStyle.Dot);
            foreach (var p in points.Where(p => p[N] == sizes[k]).OrderBy(p => p[Alpha]))
            {
                exact.Points.Add(new DataPoint(p[Alpha], p[SuccessRate]));
            }

            model.Series.Add(exact);
        }

        return model;
    }

    private static void AddSeries(PlotModel model, IReadOnlyList<PointRecord> points, Func<PointRecord, (double Y, double Err)> value, string title)
    {
        var groups = points.GroupBy(p => (N: p[N], T: p[T])).OrderBy(g => g.Key.N).ThenBy(g => g.Key.T).ToArray();
        for (int k = 0; k < groups.Length; k++)
        {
            string label = string.Format(System.Globalization.CultureInfo.InvariantCulture, title, groups[k].Key.N);
            var series = ChartStyle.Data(groups.Select(g => g.Key.T).Distinct().Count() > 1 ? FormattableString.Invariant($"{label}, T = {groups[k].Key.T}") : label, ChartStyle.Color(k));
            foreach (var p in groups[k].OrderBy(p => p[Alpha]))
            {
                var (y, err) = value(p);
                series.Points.Add(new ScatterErrorPoint(p[Alpha], y, 0, double.IsFinite(err) ? err : 0));
            }

            model.Series.Add(series);
        }
    }

    private static string Title(string what, IReadOnlyList<PointRecord> points)
    {
        var temperatures = points.Select(p => p[T]).Distinct().ToArray();
        return temperatures.Length == 1 ? FormattableString.Invariant($"{what}, Hopfield network, T = {temperatures[0]}") : $"{what}, Hopfield network";
    }
}
