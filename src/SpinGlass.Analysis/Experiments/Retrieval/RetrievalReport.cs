using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>Turns retrieval points into <c>results.csv</c>, charts of success and overlap vs noise, and the gallery.</summary>
public static class RetrievalReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>retrieval</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "p", "noise", "T", "success_rate", "success_rate_err", "overlap", "overlap_err", "hamming", "hamming_err", "sweeps",
    ];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(RetrievalDefinition definition, IReadOnlyList<RetrievalPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(p.N, p.P, p.Noise, p.T, p.SuccessRate, p.SuccessRateErr, p.Overlap, p.OverlapErr, p.Hamming, p.HammingErr, p.Sweeps);
        }

        var charts = new List<KeyValuePair<string, Func<PlotModel>>>
        {
            new("retrieval_success", () => VersusNoise(points, "Recall success", "success rate", p => (p.SuccessRate, p.SuccessRateErr))),
            new("retrieval_overlap", () => VersusNoise(points, "Overlap after recall", "m", p => (p.Overlap, p.OverlapErr))),
        };
        if (definition.Images is not null)
        {
            charts.Add(new("gallery", () => RetrievalGallery.Create(definition.Images, points)));
            charts.Add(new("pattern_overlaps", () => PatternOverlaps(definition.Images)));
        }

        return new ExperimentOutput(table, [], [], charts);
    }

    private static PlotModel PatternOverlaps(StoredImages images)
    {
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

    private static PlotModel VersusNoise(IReadOnlyList<RetrievalPointResult> points, string title, string axis, Func<RetrievalPointResult, (double Y, double Err)> value)
    {
        var model = ChartStyle.Create($"{title} vs cue noise, Hopfield network", "cue noise (fraction of bits flipped)", axis, OxyPlot.Legends.LegendPosition.LeftBottom);
        var groups = points.GroupBy(p => (p.N, p.P, p.T)).ToArray();
        for (int k = 0; k < groups.Length; k++)
        {
            var (n, patterns, temperature) = groups[k].Key;
            var color = ChartStyle.Color(k);
            var series = ChartStyle.Data(FormattableString.Invariant($"N = {n}, p = {patterns}, T = {temperature}"), color);
            var line = new LineSeries { Color = color, StrokeThickness = 1 };
            foreach (var p in groups[k].OrderBy(p => p.Noise))
            {
                var (y, err) = value(p);
                series.Points.Add(new ScatterErrorPoint(p.Noise, y, 0, double.IsFinite(err) ? err : 0));
                line.Points.Add(new DataPoint(p.Noise, y));
            }

            model.Series.Add(line);
            model.Series.Add(series);
        }

        return model;
    }
}
