using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;
using static SpinGlass.Analysis.Experiments.Dense.DenseExperiment;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>Charts of the <c>dense</c> experiment: success rate and per-bit error against K (logarithmic), a series per n.</summary>
public static class DenseCharts
{
    private const int CurvePoints = 200;
    private const double SmallestError = 1e-5;

    /// <summary>Fraction of trials whose dynamics end exactly on ξ¹ vs K (log axis), per (N, interaction, n).</summary>
    public static PlotModel Success(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create(Title("Exact recall", points), "K (stored patterns)", "success rate", OxyPlot.Legends.LegendPosition.LeftBottom);
        LogarithmicBottom(model, "K (stored patterns)", points);
        model.Axes[1].Minimum = -0.02;
        model.Axes[1].Maximum = 1.02;
        var groups = Groups(points);
        for (int k = 0; k < groups.Length; k++)
        {
            var series = ChartStyle.Data(Label(groups[k].Key, points), ChartStyle.Color(k));
            var line = new LineSeries { Color = ChartStyle.Color(k), StrokeThickness = 1 };
            foreach (var p in groups[k].OrderBy(p => p[K]))
            {
                double err = p.Error(SuccessRate);
                series.Points.Add(new ScatterErrorPoint(p[K], p[SuccessRate], 0, double.IsFinite(err) ? err : 0));
                line.Points.Add(new DataPoint(p[K], p[SuccessRate]));
            }

            model.Series.Add(line);
            model.Series.Add(series);
            var key = groups[k].Key;
            if (key.Interaction == Interaction.Polynomial)
            {
                // the error-free capacity N^{n−1}/(2(2n−3)!! ln N): below it every bit of every pattern is stable
                model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation
                {
                    Type = OxyPlot.Annotations.LineAnnotationType.Vertical,
                    X = DenseMemoryTheory.ErrorFreeCapacity(key.Power, key.N),
                    Color = ChartStyle.Color(k),
                    LineStyle = LineStyle.Dash,
                    Text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"error-free K, n = {key.Power}"),
                    TextColor = ChartStyle.Color(k),
                });
            }
        }

        return model;
    }

    /// <summary>Per-bit error at ξ¹ vs K (log–log) per (N, interaction, n), with the Krotov–Hopfield curve for F(x) = xⁿ.</summary>
    public static PlotModel BitError(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create(Title("Per-bit error at a stored pattern (zeros not shown)", points), "K (stored patterns)", "bit error rate", OxyPlot.Legends.LegendPosition.LeftTop);
        LogarithmicBottom(model, "K (stored patterns)", points);
        model.Axes[1] = new LogarithmicAxis
        {
            Position = AxisPosition.Left,
            Title = "bit error rate",
            Minimum = SmallestError,
            Maximum = 1,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd),
        };
        var groups = Groups(points);
        double kMin = points.Min(p => p[K]), kMax = points.Max(p => p[K]);
        for (int k = 0; k < groups.Length; k++)
        {
            var key = groups[k].Key;
            var series = ChartStyle.Data(Label(key, points), ChartStyle.Color(k));
            foreach (var p in groups[k].OrderBy(p => p[K]).Where(p => p[BitErrorRate] > 0))
            {
                double err = p.Error(BitErrorRate);
                series.Points.Add(new ScatterErrorPoint(p[K], p[BitErrorRate], 0, double.IsFinite(err) ? Math.Min(err, 0.9 * p[BitErrorRate]) : 0));
            }

            model.Series.Add(series);
            if (key.Interaction == Interaction.Polynomial)
            {
                var curve = ChartStyle.Theory(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Krotov–Hopfield, n = {key.Power}"), ChartStyle.Color(k));
                for (int i = 0; i <= CurvePoints; i++)
                {
                    double kk = kMin * Math.Pow(kMax / kMin, (double)i / CurvePoints);
                    double theory = Math.Min(DenseMemoryTheory.PerBitError(key.Power, key.N, kk), 0.5);
                    curve.Points.Add(theory >= SmallestError ? new DataPoint(kk, theory) : DataPoint.Undefined);
                }

                model.Series.Add(curve);
            }
        }

        return model;
    }

    private static void LogarithmicBottom(PlotModel model, string title, IReadOnlyList<PointRecord> points)
    {
        double kMin = points.Count == 0 ? 1 : points.Min(p => p[K]), kMax = points.Count == 0 ? 10 : points.Max(p => p[K]);
        model.Axes[0] = new LogarithmicAxis
        {
            Position = AxisPosition.Bottom,
            Title = title,
            Minimum = kMin / 1.3,
            Maximum = kMax * 1.3,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd),
        };
    }

    /// <summary>The points by (N, interaction, n, T), in that order: one curve each.</summary>
    internal static IGrouping<(int N, Interaction Interaction, int Power, double T), PointRecord>[] Groups(IReadOnlyList<PointRecord> points) =>
        [.. points.GroupBy(p => (N: (int)p[N], Interaction: InteractionOf(p), Power: (int)p[Power], T: p[T])).OrderBy(g => g.Key.N).ThenBy(g => g.Key.Interaction).ThenBy(g => g.Key.Power).ThenBy(g => g.Key.T)];

    private static string Label((int N, Interaction Interaction, int Power, double T) key, IReadOnlyList<PointRecord> points)
    {
        var parts = new List<string>();
        if (points.Select(p => p[N]).Distinct().Count() > 1)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"N = {key.N}"));
        }

        if (points.Select(InteractionOf).Distinct().Count() > 1)
        {
            parts.Add(Name(key.Interaction));
        }

        if (key.Interaction != Interaction.Exponential)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n = {key.Power}"));
        }

        if (points.Select(p => p[T]).Distinct().Count() > 1)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T = {key.T}"));
        }

        return parts.Count == 0 ? Name(key.Interaction) : string.Join(", ", parts);
    }

    private static string Title(string what, IReadOnlyList<PointRecord> points)
    {
        var sizes = points.Select(p => (int)p[N]).Distinct().ToArray();
        var kinds = points.Select(InteractionOf).Distinct().ToArray();
        string kind = kinds.Length == 1 ? Name(kinds[0]) + " " : "";
        return sizes.Length == 1
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{what}, {kind}dense memory, N = {sizes[0]}")
            : $"{what}, {kind}dense memory";
    }
}
