using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Dense;
using static SpinGlass.Analysis.Experiments.Dense.DenseExperiment;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// Charts of the <c>dense</c> experiment against K (logarithmic), the cue noise or β of F — whichever the run sweeps
/// (<see cref="DenseCurves.AxisOf"/>) — a curve per remaining coordinates: success, per-bit error, where recall ends.
/// </summary>
public static class DenseCharts
{
    private const int CurvePoints = 200;
    private const double SmallestError = 1e-5;

    /// <summary>Fraction of trials whose dynamics end exactly on the cued pattern, with the error-free K of the polynomial kinds.</summary>
    public static PlotModel Success(IReadOnlyList<PointRecord> points)
    {
        var (model, axis, groups) = RateChart(points, "Exact recall", "success rate");
        for (int k = 0; k < groups.Length; k++)
        {
            AddRate(model, groups[k], axis, SuccessRate, DenseCurves.Label(groups[k].Key, points, axis), ChartStyle.Color(k), MarkerType.Circle, LineStyle.Solid);
            var key = groups[k].Key;
            if (axis == DenseAxis.K && CrosstalkShare(key.Interaction) is double share)
            {
                // the error-free capacity N^{n−1}/(2(2n−3)!! ln N) (twice it, rectified): below it every bit of every pattern is stable
                model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation
                {
                    Type = OxyPlot.Annotations.LineAnnotationType.Vertical,
                    X = DenseMemoryTheory.ErrorFreeCapacity(key.Power, key.N) / share,
                    Color = ChartStyle.Color(k),
                    LineStyle = LineStyle.Dash,
                    Text = string.Create(CultureInfo.InvariantCulture, $"error-free K, n = {key.Power}"),
                    TextColor = ChartStyle.Color(k),
                });
            }
        }

        return model;
    }

    /// <summary>
    /// Where recall ends: on a stored pattern nearest to the cue (●, solid), on any stored pattern (△, dashed), on the
    /// majority vote of all stored patterns (□, dotted), a colour per curve.
    /// </summary>
    public static PlotModel Ends(IReadOnlyList<PointRecord> points)
    {
        var (model, axis, groups) = RateChart(points, "Where recall ends", "fraction of trials");
        model.Legends[0].LegendPlacement = OxyPlot.Legends.LegendPlacement.Outside;
        model.Legends[0].LegendPosition = OxyPlot.Legends.LegendPosition.RightTop;
        for (int k = 0; k < groups.Length; k++)
        {
            string label = groups.Length == 1 ? "" : ", " + DenseCurves.Label(groups[k].Key, points, axis);
            AddRate(model, groups[k], axis, ClosestRate, $"nearest stored pattern{label}", ChartStyle.Color(k), MarkerType.Circle, LineStyle.Solid);
            AddRate(model, groups[k], axis, StoredRate, $"any stored pattern{label}", ChartStyle.Color(k), MarkerType.Triangle, LineStyle.Dash);
            AddRate(model, groups[k], axis, MajorityRate, $"majority vote of all{label}", ChartStyle.Color(k), MarkerType.Square, LineStyle.Dot);
        }

        return model;
    }

    /// <summary>Per-bit error at the cued pattern (log scale), with the signal-to-noise curves of the polynomial kinds against K.</summary>
    public static PlotModel BitError(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var axis = DenseCurves.AxisOf(points);
        var model = ChartStyle.Create(Title("Per-bit error at a stored pattern (zeros not shown)", points), AxisTitle(axis), "bit error rate", OxyPlot.Legends.LegendPosition.LeftTop);
        Bottom(model, axis, points);
        model.Axes[1] = new LogarithmicAxis
        {
            Position = AxisPosition.Left,
            Title = "bit error rate",
            Minimum = SmallestError,
            Maximum = 1,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd),
        };
        var groups = DenseCurves.Groups(points, axis);
        double kMin = points.Min(p => p[K]), kMax = points.Max(p => p[K]);
        for (int k = 0; k < groups.Length; k++)
        {
            var key = groups[k].Key;
            var series = ChartStyle.Data(DenseCurves.Label(key, points, axis), ChartStyle.Color(k));
            foreach (var p in groups[k].OrderBy(p => DenseCurves.X(p, axis)).Where(p => p[BitErrorRate] > 0))
            {
                double err = p.Error(BitErrorRate);
                series.Points.Add(new ScatterErrorPoint(DenseCurves.X(p, axis), p[BitErrorRate], 0, double.IsFinite(err) ? Math.Min(err, 0.9 * p[BitErrorRate]) : 0));
            }

            model.Series.Add(series);
            if (axis == DenseAxis.K && key.Interaction != Interaction.Exponential && double.IsFinite(groups[k].First()[BitErrorTheory]))
            {
                string name = key.Interaction == Interaction.Polynomial ? "Krotov–Hopfield" : "signal-to-noise, rectified";
                var curve = ChartStyle.Theory(string.Create(CultureInfo.InvariantCulture, $"{name}, n = {key.Power}"), ChartStyle.Color(k));
                for (int i = 0; i <= CurvePoints; i++)
                {
                    double kk = kMin * Math.Pow(kMax / kMin, (double)i / CurvePoints);
                    double theory = DenseExperiment.Theory(key.Interaction, key.Power, key.N, kk);
                    curve.Points.Add(theory >= SmallestError ? new DataPoint(kk, theory) : DataPoint.Undefined);
                }

                model.Series.Add(curve);
            }
        }

        return model;
    }

    /// <summary>The share of the K patterns whose crosstalk reaches a bit (1 for xⁿ, ½ rectified), or null for the exponential.</summary>
    internal static double? CrosstalkShare(Interaction interaction) => interaction switch
    {
        Interaction.Polynomial => 1,
        Interaction.RectifiedPolynomial => DenseMemoryTheory.RectifiedCrosstalkShare,
        _ => null,
    };

    /// <summary>A chart of rates in [0, 1] against the run's axis, and its curves.</summary>
    private static (PlotModel Model, DenseAxis Axis, IGrouping<DenseCurve, PointRecord>[] Groups) RateChart(IReadOnlyList<PointRecord> points, string what, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(points);
        var axis = DenseCurves.AxisOf(points);
        var model = ChartStyle.Create(Title(what, points), AxisTitle(axis), yTitle, OxyPlot.Legends.LegendPosition.LeftBottom);
        Bottom(model, axis, points);
        model.Axes[1].Minimum = -0.02;
        model.Axes[1].Maximum = 1.02;
        return (model, axis, DenseCurves.Groups(points, axis));
    }

    private static void AddRate(PlotModel model, IEnumerable<PointRecord> curve, DenseAxis axis, Output rate, string label, OxyColor color, MarkerType marker, LineStyle style)
    {
        var series = ChartStyle.Data(label, color);
        series.MarkerType = marker;
        if (style != LineStyle.Solid)
        {
            series.MarkerFill = OxyColors.White;
            series.MarkerStroke = color;
        }

        var line = new LineSeries { Color = color, StrokeThickness = 1, LineStyle = style };
        foreach (var p in curve.OrderBy(p => DenseCurves.X(p, axis)))
        {
            double err = p.Error(rate);
            series.Points.Add(new ScatterErrorPoint(DenseCurves.X(p, axis), p[rate], 0, double.IsFinite(err) ? err : 0));
            line.Points.Add(new DataPoint(DenseCurves.X(p, axis), p[rate]));
        }

        model.Series.Add(line);
        model.Series.Add(series);
    }

    private static string AxisTitle(DenseAxis axis) => axis switch
    {
        DenseAxis.Noise => "cue noise (fraction of bits flipped)",
        DenseAxis.Beta => "β of F(x) = e^(βx)",
        _ => "K (stored patterns)",
    };

    private static void Bottom(PlotModel model, DenseAxis axis, IReadOnlyList<PointRecord> points)
    {
        if (axis == DenseAxis.Noise)
        {
            return;
        }

        double[] x = [.. points.Select(p => DenseCurves.X(p, axis)).Where(double.IsFinite)];
        double min = x.Length == 0 ? 1 : x.Min(), max = x.Length == 0 ? 10 : x.Max();
        model.Axes[0] = new LogarithmicAxis
        {
            Position = AxisPosition.Bottom,
            Title = AxisTitle(axis),
            Minimum = min / 1.3,
            Maximum = max * 1.3,
            MajorGridlineStyle = LineStyle.Dot,
            MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd),
        };
    }

    private static string Title(string what, IReadOnlyList<PointRecord> points)
    {
        var sizes = points.Select(p => (int)p[N]).Distinct().ToArray();
        var kinds = points.Select(InteractionOf).Distinct().ToArray();
        string kind = kinds.Length == 1 ? Name(kinds[0]) + " " : "";
        return sizes.Length == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{what}, {kind}dense memory, N = {sizes[0]}")
            : $"{what}, {kind}dense memory";
    }
}
