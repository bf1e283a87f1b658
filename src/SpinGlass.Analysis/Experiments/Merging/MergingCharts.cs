using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.Merging.MergingExperiment;

namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>Charts of the <c>merging</c> experiment.</summary>
public static class MergingCharts
{
    /// <summary>The fractions of trials that end both stable, displaced or fused, vs the Hamming distance of the two memories.</summary>
    public static PlotModel Rates(MergingDefinition definition, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create(
            $"Merging of two memories, N = {definition.N}, {definition.Memories} memories ({definition.Coding.ToString().ToLowerInvariant()} neurons)",
            "Hamming distance between the two memories", "fraction of trials", OxyPlot.Legends.LegendPosition.RightMiddle);
        model.Axes[1].Minimum = 0;
        model.Axes[1].Maximum = 1.02;
        var rates = new (string Title, Output Rate)[] { ("both stable", BothStableRate), ("displaced", DisplacedRate), ("fused", FusedRate) };
        for (int k = 0; k < rates.Length; k++)
        {
            var data = ChartStyle.Data(rates[k].Title, ChartStyle.Color(k));
            var line = new LineSeries { Color = ChartStyle.Color(k), StrokeThickness = 1 };
            foreach (var p in points.OrderBy(p => p[Distance]))
            {
                double rate = p[rates[k].Rate], err = p.Error(rates[k].Rate);
                data.Points.Add(new ScatterErrorPoint(p[Distance], rate, 0, double.IsFinite(err) ? err : 0));
                line.Points.Add(new DataPoint(p[Distance], rate));
            }

            model.Series.Add(line);
            model.Series.Add(data);
        }

        return model;
    }
}
