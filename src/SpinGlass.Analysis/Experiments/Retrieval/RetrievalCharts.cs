using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.Retrieval.RetrievalExperiment;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>Charts of the <c>retrieval</c> experiment: success and overlap vs cue noise, and the overlaps between fixed images.</summary>
public static class RetrievalCharts
{
    /// <summary><paramref name="value"/> (with its error) vs cue noise, one series per (N, p, T).</summary>
    public static PlotModel VersusNoise(IReadOnlyList<PointRecord> points, string title, string axis, Output value)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(value);
        var model = ChartStyle.Create($"{title} vs cue noise, Hopfield network", "cue noise (fraction of bits flipped)", axis, OxyPlot.Legends.LegendPosition.LeftBottom);
        var groups = points.GroupBy(p => (N: p[N], P: p[P], T: p[T])).ToArray();
        for (int k = 0; k < groups.Length; k++)
        {
            var (n, patterns, temperature) = groups[k].Key;
            var color = ChartStyle.Color(k);
            var series = ChartStyle.Data(FormattableString.Invariant($"N = {n}, p = {patterns}, T = {temperature}"), color);
            var line = new LineSeries { Color = color, StrokeThickness = 1 };
            foreach (var p in groups[k].OrderBy(p => p[Noise]))
            {
                double y = p[value], err = p.Error(value);
                series.Points.Add(new ScatterErrorPoint(p[Noise], y, 0, double.IsFinite(err) ? err : 0));
                line.Points.Add(new DataPoint(p[Noise], y));
            }

            model.Series.Add(line);
            model.Series.Add(series);
        }

        return model;
    }

    /// <summary>The matrix of overlaps <c>m_ab = ξ^a·ξ^b/N</c> between the stored images.</summary>
    public static PlotModel PatternOverlaps(StoredImages images)
    {
        ArgumentNullException.ThrowIfNull(images);
        int p = images.Patterns.P;
        var overlaps = new double[p, p];
        for (int a = 0; a < p; a++)
        {
            for (int b = 0; b < p; b++)
            {
                overlaps[a, b] = (double)images.Patterns.Overlap(a, images.Patterns.Pattern(b)) / images.Patterns.N;
            }
        }

        return OverlapMatrixChart.Create("Overlaps between the stored patterns", overlaps, images.Names, images.Names, "pattern", "pattern");
    }
}
