using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Legends;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Spiking;
using static SpinGlass.Analysis.Experiments.Spiking.SpikingExperiment;

namespace SpinGlass.Analysis.Experiments.Spiking;

/// <summary>Charts of the <c>spiking</c> experiment: the raster, the overlaps m_μ(t), and retrieval of the spiking and binary networks against the load.</summary>
public static class SpikingCharts
{
    /// <summary>The first trial's spikes, neurons sorted by pattern membership (the cued pattern's units at the bottom).</summary>
    public static PlotModel RasterPlot(SpikingDefinition definition, PointRecord point)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(point);
        var model = ChartStyle.Create(Title("Spike raster", definition, point), "t (ms from cue onset)", "neuron (sorted by pattern membership)", LegendPosition.RightTop);
        var raster = point.Payload(Raster);
        model.Axes[1].Minimum = 0;
        model.Axes[1].Maximum = point[N];
        int start = 0;
        for (int g = 0; g < raster.Groups.Length; g++)
        {
            int end = start + raster.Groups[g];
            var series = new ScatterSeries
            {
                Title = g < raster.Groups.Length - 1 ? string.Create(CultureInfo.InvariantCulture, $"units of pattern {g + 1}{(g == 0 ? " (cued)" : "")}") : "other units",
                MarkerType = MarkerType.Square,
                MarkerSize = 1.2,
                MarkerFill = g < raster.Groups.Length - 1 ? ChartStyle.Color(g) : OxyColors.Gray,
            };
            for (int k = 0; k < raster.Times.Length; k++)
            {
                if (raster.Rows[k] >= start && raster.Rows[k] < end)
                {
                    series.Points.Add(new ScatterPoint(raster.Times[k], raster.Rows[k]));
                }
            }

            model.Series.Add(series);
            start = end;
        }

        model.Annotations.Add(Vertical(definition.Protocol.CueDuration, "cue off"));
        return model;
    }

    /// <summary>The first trial's windowed overlaps m_μ(t) with the traced patterns.</summary>
    public static PlotModel Overlaps(SpikingDefinition definition, PointRecord point)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(point);
        var model = ChartStyle.Create(Title("Overlaps m_μ(t)", definition, point), "t (ms from cue onset)", "m_μ (windows of " + definition.Protocol.Window.ToString(CultureInfo.InvariantCulture) + " ms)", LegendPosition.RightBottom);
        model.Axes[1].Minimum = -0.3;
        model.Axes[1].Maximum = 1.1;
        var trace = point.Payload(Trace);
        int lines = trace.Length == 0 ? 0 : trace[0].Length - 1;
        for (int mu = 1; mu <= lines; mu++)
        {
            var series = new LineSeries
            {
                Title = string.Create(CultureInfo.InvariantCulture, $"m_{mu}{(mu == 1 ? " (cued)" : "")}"),
                Color = ChartStyle.Color(mu - 1),
                StrokeThickness = 1.5,
                MarkerType = MarkerType.Circle,
                MarkerSize = 2,
            };
            foreach (var row in trace)
            {
                series.Points.Add(new DataPoint(row[0], row[mu]));
            }

            model.Series.Add(series);
        }

        model.Annotations.Add(Vertical(definition.Protocol.CueDuration, "cue off"));
        model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Horizontal, Y = definition.Protocol.RetrievalOverlap, Color = OxyColors.Gray, LineStyle = LineStyle.Dot,
            Text = "retrieval overlap",
        });
        return model;
    }

    /// <summary>Retrieval rate of the spiking and the binary network against α (or the cue noise when α is not swept).</summary>
    public static PlotModel Retrieval(SpikingDefinition definition, IReadOnlyList<PointRecord> points) =>
        AgainstLoad(definition, points, "Retrieval", "retrieval rate (m ≥ " + definition.Protocol.RetrievalOverlap.ToString(CultureInfo.InvariantCulture) + ")", RetrievalRate, BinaryRetrievalRate, null);

    /// <summary>Final overlap of the spiking and the binary network against α (or the cue noise), beside the cue's own overlap.</summary>
    public static PlotModel OverlapAgainstLoad(SpikingDefinition definition, IReadOnlyList<PointRecord> points) =>
        AgainstLoad(definition, points, "Overlap after recall", "overlap m with the cued pattern", Overlap, BinaryOverlap, CueOverlap);

    private static PlotModel AgainstLoad(
        SpikingDefinition definition, IReadOnlyList<PointRecord> points, string what, string yTitle, Output spiking, Output binary, Output? cue)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        bool byAlpha = points.Select(p => p[Alpha]).Distinct().Count() > 1 || points.Select(p => p[Noise]).Distinct().Count() == 1;
        var axis = byAlpha ? Alpha : Noise;
        string model0 = definition.Neurons.Model == NeuronModel.Lif ? "LIF" : "SRM";
        var model = ChartStyle.Create(
            string.Create(CultureInfo.InvariantCulture, $"{what}: {model0} vs binary, {LearnedNetwork.RuleName(definition.Learning.Rule)} rule, a = {definition.Coding}"),
            byAlpha ? "α = p/N" : "cue noise", yTitle, LegendPosition.LeftBottom);
        model.Axes[1].Minimum = -0.05;
        model.Axes[1].Maximum = 1.05;
        var groups = points.GroupBy(p => byAlpha ? (p[N], p[Noise]) : (p[N], p[Alpha])).ToArray();
        for (int g = 0; g < groups.Length; g++)
        {
            var curve = groups[g].OrderBy(p => p[axis]).ToArray();
            string label = byAlpha
                ? string.Create(CultureInfo.InvariantCulture, $"N = {groups[g].Key.Item1}, noise = {groups[g].Key.Item2}")
                : string.Create(CultureInfo.InvariantCulture, $"N = {groups[g].Key.Item1}, α = {groups[g].Key.Item2:G3}");
            model.Series.Add(Measured($"spiking ({model0}), {label}", ChartStyle.Color(2 * g), curve, axis, spiking));
            model.Series.Add(Measured($"binary (T = 0), {label}", ChartStyle.Color((2 * g) + 1), curve, axis, binary));
            if (cue is not null)
            {
                var line = ChartStyle.Theory($"the cue itself, {label}", OxyColors.Gray, LineStyle.Dot);
                foreach (var p in curve)
                {
                    line.Points.Add(new DataPoint(p[axis], p[cue]));
                }

                model.Series.Add(line);
            }
        }

        if (byAlpha && definition.Learning.Rule == LearningRule.Covariance && definition.Coding < 0.5)
        {
            double alphaC = SparseCapacity(definition.Coding);
            if (alphaC <= points.Max(p => p[Alpha]) * 1.5)
            {
                model.Annotations.Add(Vertical(alphaC, string.Create(CultureInfo.InvariantCulture, $"α_c ≈ 1/(2a|ln a|) = {alphaC:F2} (a → 0)")));
            }
        }

        return model;
    }

    private static ScatterErrorSeries Measured(string title, OxyColor color, IEnumerable<PointRecord> curve, Output axis, Output output)
    {
        var series = ChartStyle.Data(title, color);
        foreach (var p in curve)
        {
            double err = p.Error(output);
            series.Points.Add(new ScatterErrorPoint(p[axis], p[output], 0, double.IsFinite(err) ? err : 0));
        }

        return series;
    }

    private static LineAnnotation Vertical(double x, string text) => new()
    {
        Type = LineAnnotationType.Vertical, X = x, Color = OxyColors.Gray, LineStyle = LineStyle.Dash, Text = text,
    };

    private static string Title(string what, SpikingDefinition definition, PointRecord point) => string.Create(
        CultureInfo.InvariantCulture,
        $"{what}: {(definition.Neurons.Model == NeuronModel.Lif ? "LIF" : "SRM")}, N = {point[N]}, p = {point[P]}, a = {definition.Coding}, cue noise {point[Noise]}");
}
