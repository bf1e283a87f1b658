using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Legends;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Theory;
using SpinGlass.Models.Sequences;

namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>Charts of the <c>sequence</c> experiment: overlap traces m_μ(t), completed rate, dwell time and overlap against the swept quantity.</summary>
public static class SequenceCharts
{
    private const int CurvePoints = 200;
    private const int MostTracedLines = 12;

    /// <summary>The first trial's overlaps m_μ(t) with the first patterns of the sequence — the staircase.</summary>
    public static PlotModel Traces(SequenceDefinition definition, PointRecord point)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(point);
        string title = string.Create(
            CultureInfo.InvariantCulture,
            $"Overlaps along the sequence: N = {point[SequenceExperiment.N]}, p = {point[SequenceExperiment.P]}, λ = {point[SequenceExperiment.Lambda]}{(definition.Kernel == SequenceKernel.None ? "" : $", τ = {point[SequenceExperiment.Delay]}")}, T = {point[SequenceExperiment.T]}");
        var model = ChartStyle.Create(title, definition.Rule == Sampling.UpdateRule.Synchronous ? "t (synchronous steps)" : "t (sweeps)", "m_μ(t)", LegendPosition.RightBottom);
        model.Axes[1].Minimum = -0.3;
        model.Axes[1].Maximum = 1.05;
        var trace = point.Payload(SequenceExperiment.Trace);
        int lines = trace.Length == 0 ? 0 : Math.Min(trace[0].Length, MostTracedLines);
        for (int mu = 0; mu < lines; mu++)
        {
            var series = new LineSeries
            {
                Title = string.Create(CultureInfo.InvariantCulture, $"m_{mu + 1}"),
                Color = ChartStyle.Color(mu),
                StrokeThickness = 1.5,
            };
            for (int t = 0; t < trace.Length; t++)
            {
                series.Points.Add(new DataPoint(t, trace[t][mu]));
            }

            model.Series.Add(series);
        }

        model.Annotations.Add(Level(definition.RecallOverlap, "recall overlap"));
        return model;
    }

    /// <summary>Fraction of trials that follow the whole sequence, against the swept quantity, with its threshold marked.</summary>
    internal static PlotModel CompletedRate(SequenceDefinition definition, IReadOnlyList<PointRecord> points, SequenceAxis axis)
    {
        var model = ChartStyle.Create(Title("Sequences completed", definition, points), axis.Title, "completed rate", LegendPosition.RightTop);
        model.Axes[1].Minimum = -0.02;
        model.Axes[1].Maximum = 1.02;
        AddMeasured(model, definition, points, axis, SequenceExperiment.CompletedRate, connect: true);
        if (definition.Stepping && axis.Name == "alpha")
        {
            model.Annotations.Add(Vertical(SequenceTheory.CriticalLoad, FormattableString.Invariant($"α_c = {SequenceTheory.CriticalLoad:F3} (DCS, T = 0)")));
        }
        else if (axis.Name == "lambda" && definition.Symmetric > 0)
        {
            model.Annotations.Add(Vertical(definition.Symmetric, FormattableString.Invariant($"λ = a = {definition.Symmetric} (p ≪ N threshold)")));
        }

        return model;
    }

    /// <summary>Mean dwell time per pattern against the swept quantity, beside the Sompolinsky–Kanter / Kleinfeld value.</summary>
    internal static PlotModel DwellTime(SequenceDefinition definition, IReadOnlyList<PointRecord> points, SequenceAxis axis)
    {
        var model = ChartStyle.Create(Title("Dwell time per pattern", definition, points), axis.Title, "dwell time (sweeps)", LegendPosition.RightTop);
        model.Axes[1].Minimum = 0;
        model.Axes[1].Maximum = 1.25 * points.Select(p => Math.Max(p[SequenceExperiment.DwellTime] + Finite(p.Error(SequenceExperiment.DwellTime)), p[SequenceExperiment.DwellTimeTheory])).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        AddMeasured(model, definition, points, axis, SequenceExperiment.DwellTime, connect: false, (k, curve) =>
        {
            if (curve.Any(p => double.IsFinite(p[SequenceExperiment.DwellTimeTheory])))
            {
                var theory = DwellTheoryCurve(definition, curve, axis, ChartStyle.Color(k));
                theory.Title = k == 0 ? theory.Title : null;
                model.Series.Add(theory);
            }
        });

        return model;
    }

    /// <summary>Mean overlap with the current pattern against the swept quantity, beside DCS's m(α) for the stepping network.</summary>
    internal static PlotModel Overlap(SequenceDefinition definition, IReadOnlyList<PointRecord> points, SequenceAxis axis)
    {
        var model = ChartStyle.Create(Title("Overlap with the current pattern", definition, points), axis.Title, "m", LegendPosition.LeftBottom);
        model.Axes[1].Minimum = -0.02;
        model.Axes[1].Maximum = 1.02;
        AddMeasured(model, definition, points, axis, SequenceExperiment.Overlap, connect: false, (k, curve) =>
        {
            if (definition.Stepping && axis.Name is "alpha" or "T" or "lambda")
            {
                var theory = OverlapTheoryCurve(curve, axis, ChartStyle.Color(k));
                theory.Title = k == 0 ? theory.Title : null;
                model.Series.Add(theory);
            }
        });

        if (definition.Stepping && axis.Name == "alpha" && points.Any(p => p[SequenceExperiment.T] == 0))
        {
            model.Annotations.Add(Vertical(SequenceTheory.CriticalLoad, FormattableString.Invariant($"α_c = {SequenceTheory.CriticalLoad:F3} (T = 0)")));
        }

        return model;
    }

    /// <summary>One error-bar series of <paramref name="output"/> per group of points along <paramref name="axis"/> (NaN values left out), optionally joined by a line; <paramref name="after"/> adds a group's theory.</summary>
    private static void AddMeasured(
        PlotModel model,
        SequenceDefinition definition,
        IReadOnlyList<PointRecord> points,
        SequenceAxis axis,
        Output output,
        bool connect,
        Action<int, PointRecord[]>? after = null)
    {
        int k = 0;
        foreach (var (label, curve) in Groups(definition, points, axis))
        {
            var data = ChartStyle.Data(label, ChartStyle.Color(k));
            var line = new LineSeries { Color = ChartStyle.Color(k), StrokeThickness = 1 };
            foreach (var p in curve.Where(p => double.IsFinite(p[output])))
            {
                data.Points.Add(new ScatterErrorPoint(axis.Value(p), p[output], 0, Finite(p.Error(output))));
                line.Points.Add(new DataPoint(axis.Value(p), p[output]));
            }

            if (connect)
            {
                model.Series.Add(line);
            }

            model.Series.Add(data);
            after?.Invoke(k, curve);
            k++;
        }
    }

    private static LineSeries OverlapTheoryCurve(PointRecord[] curve, SequenceAxis axis, OxyColor color)
    {
        var line = ChartStyle.Theory("DCS stationary m", color);
        var at = curve[0];
        double lo = curve.Min(axis.Value), hi = curve.Max(axis.Value);
        for (int i = 0; i <= CurvePoints; i++)
        {
            double x = lo + ((hi - lo) * i / CurvePoints);
            double alpha = axis.Name == "alpha" ? x : at[SequenceExperiment.Alpha];
            double temperature = (axis.Name == "T" ? x : at[SequenceExperiment.T]) / (axis.Name == "lambda" ? x : at[SequenceExperiment.Lambda]);
            double m = SequenceTheory.RecallOverlap(alpha, temperature);
            line.Points.Add(double.IsFinite(m) ? new DataPoint(x, m) : DataPoint.Undefined);
        }

        return line;
    }

    private static LineSeries DwellTheoryCurve(SequenceDefinition definition, PointRecord[] curve, SequenceAxis axis, OxyColor color)
    {
        var line = ChartStyle.Theory(definition.Kernel == SequenceKernel.Step ? "τ(a + λ)/(2λ), T = 0" : "τ (pure delay), T = 0", color);
        if (axis.Name == "T")
        {
            // the theory is the T = 0 value: drawn across the temperatures for comparison
            double zero = curve.Where(p => p[SequenceExperiment.T] == 0).Select(p => p[SequenceExperiment.DwellTimeTheory]).FirstOrDefault(double.NaN);
            if (double.IsFinite(zero))
            {
                line.Points.Add(new DataPoint(curve.Min(axis.Value), zero));
                line.Points.Add(new DataPoint(curve.Max(axis.Value), zero));
            }

            return line;
        }

        if (axis.Name != "lambda")
        {
            // off the λ axis the theory is drawn through its values at the measured points
            foreach (var p in curve.Where(p => double.IsFinite(p[SequenceExperiment.DwellTimeTheory])))
            {
                line.Points.Add(new DataPoint(axis.Value(p), p[SequenceExperiment.DwellTimeTheory]));
            }

            return line;
        }

        var at = curve[0];
        double lo = curve.Min(axis.Value), hi = curve.Max(axis.Value);
        for (int i = 0; i <= CurvePoints; i++)
        {
            double lambda = lo + ((hi - lo) * i / CurvePoints);
            var point = new SequencePoint((int)at[SequenceExperiment.N], (int)at[SequenceExperiment.P], at[SequenceExperiment.Alpha], lambda, (int)at[SequenceExperiment.Delay], at[SequenceExperiment.T], double.PositiveInfinity);
            double y = SequenceExperiment.DwellTheory(definition, point);
            line.Points.Add(double.IsFinite(y) ? new DataPoint(lambda, y) : DataPoint.Undefined);
        }

        return line;
    }

    private static IEnumerable<(string Label, PointRecord[] Curve)> Groups(SequenceDefinition definition, IReadOnlyList<PointRecord> points, SequenceAxis axis)
    {
        var others = SequenceAxes.Grouping(definition, points, axis.Name);
        return points
            .GroupBy(p => string.Join(", ", others.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Name} = {a.Value(p)}"))))
            .Select(g => (g.Key.Length == 0 ? "measured" : g.Key, g.OrderBy(axis.Value).ToArray()));
    }

    private static string Title(string what, SequenceDefinition definition, IReadOnlyList<PointRecord> points)
    {
        string kind = definition.Stepping
            ? "asymmetric synchronous network"
            : definition.Kernel switch
            {
                SequenceKernel.None => "symmetric + asymmetric, no delay",
                SequenceKernel.Delay => "symmetric + delayed asymmetric",
                SequenceKernel.Step => "symmetric + step-filtered asymmetric",
                _ => "symmetric + exponentially filtered asymmetric",
            };
        var sizes = points.Select(p => p[SequenceExperiment.N]).Distinct().ToArray();
        return sizes.Length == 1 ? string.Create(CultureInfo.InvariantCulture, $"{what}: {kind}, N = {sizes[0]}") : $"{what}: {kind}";
    }

    private static double Finite(double error) => double.IsFinite(error) ? error : 0;

    private static LineAnnotation Vertical(double x, string text) => Marker(LineAnnotationType.Vertical, x, text);

    private static LineAnnotation Level(double y, string text) => Marker(LineAnnotationType.Horizontal, y, text);

    private static LineAnnotation Marker(LineAnnotationType type, double at, string text) => new()
    {
        Type = type,
        X = at,
        Y = at,
        Color = OxyColors.Gray,
        LineStyle = LineStyle.Dot,
        Text = text,
        TextColor = OxyColors.Gray,
    };
}
