using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.SpinGlasses.SpinGlassExperiment;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>Chart factories of the <c>spin-glass</c> experiment: P(q) per T, g vs T per size, exchange rates along the ladder.</summary>
public static class SpinGlassCharts
{
    private const int MaxCurves = 8;

    /// <summary>The disorder-averaged P(q) of the largest size, a curve per temperature (at most 8, spread over the ladder).</summary>
    public static PlotModel OverlapDistribution(SpinGlassDefinition definition, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        int n = points.Count == 0 ? 0 : points.Max(p => (int)p[N]);
        var ladder = points.Where(p => (int)p[N] == n).OrderBy(p => p[T]).ToArray();
        var model = ChartStyle.Create($"Overlap distribution P(q), {Name(definition, n)}", "q", "P(q)");
        int step = Math.Max(1, (ladder.Length + MaxCurves - 1) / MaxCurves);
        for (int k = 0, c = 0; k < ladder.Length; k += step, c++)
        {
            var density = ladder[k].Payload(SpinGlassExperiment.OverlapDistribution);
            var line = ChartStyle.Theory($"T = {ladder[k][T]:0.###}", ChartStyle.Color(c), LineStyle.Solid);
            for (int b = 0; b < density.Length; b++)
            {
                line.Points.Add(new DataPoint(OverlapBins.Centre(b, n), density[b]));
            }

            model.Series.Add(line);
        }

        return model;
    }

    /// <summary>g = ½(3 − [⟨q⁴⟩]/[⟨q²⟩]²) vs T, a series per size with jackknife error bars.</summary>
    public static PlotModel BinderRatio(SpinGlassDefinition definition, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create($"Binder ratio of the overlap, {Kind(definition)}", "T", "g = ½(3 − [⟨q⁴⟩]/[⟨q²⟩]²)");
        double? reference = definition.Sizes.All(s => s.Kind == "sk") ? 1 : definition.CriticalTemperature;
        if (reference is double tc)
        {
            model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation
            {
                Type = OxyPlot.Annotations.LineAnnotationType.Vertical,
                X = tc,
                Color = OxyColors.Gray,
                LineStyle = LineStyle.Dash,
                Text = $"T_c = {tc:0.###}",
            });
        }

        AddPerSize(definition, points, model, BinderG, p => p[T], withErrors: true);
        return model;
    }

    /// <summary>The exchange acceptance between T_k and T_{k+1}, drawn at T_k, a series per size.</summary>
    public static PlotModel ExchangeRates(SpinGlassDefinition definition, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create($"Replica exchange acceptance along the ladder, {Kind(definition)}", "T_k (swap with T_k+1)", "exchange acceptance rate");
        AddPerSize(definition, points, model, ExchangeRate, p => p[T], withErrors: false);
        return model;
    }

    private static void AddPerSize(
        SpinGlassDefinition definition, IReadOnlyList<PointRecord> points, PlotModel model, Output output, Func<PointRecord, double> x, bool withErrors)
    {
        var sizes = points.Select(p => (int)p[N]).Distinct().Order().ToArray();
        for (int s = 0; s < sizes.Length; s++)
        {
            var data = ChartStyle.Data(Name(definition, sizes[s]), ChartStyle.Color(s));
            var line = ChartStyle.Theory("", ChartStyle.Color(s), LineStyle.Solid);
            line.StrokeThickness = 1;
            line.Title = null;
            foreach (var p in points.Where(p => (int)p[N] == sizes[s]).OrderBy(p => p[T]))
            {
                double y = p[output], err = withErrors ? p.Error(output) : 0;
                if (double.IsFinite(y))
                {
                    data.Points.Add(new ScatterErrorPoint(x(p), y, 0, double.IsFinite(err) ? err : 0));
                    line.Points.Add(new DataPoint(x(p), y));
                }
            }

            model.Series.Add(line);
            model.Series.Add(data);
        }
    }

    private static string Kind(SpinGlassDefinition definition) => definition.Sizes[0].Kind switch
    {
        "sk" => "SK model",
        "ea" => "Edwards–Anderson model",
        var kind => kind,
    };

    private static string Name(SpinGlassDefinition definition, int n)
    {
        var source = definition.Sizes.FirstOrDefault(s => s.N == n);
        return source is { L: > 0 } ? $"L = {source.L} (N = {n})" : $"N = {n}";
    }
}
