using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Theory;
using static SpinGlass.Analysis.Experiments.Mixtures.MixturesExperiment;

namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>Charts of the <c>mixtures</c> experiment.</summary>
public static class MixturesCharts
{
    /// <summary>The mixture overlap vs T, a series per (N, p, n), with the mean-field m_n(T) solid where it is stable and dotted where not.</summary>
    public static PlotModel Overlap(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create("Symmetric mixture states of the Hopfield network", "T", "mixture overlap m_n", OxyPlot.Legends.LegendPosition.RightTop);
        var groups = Curves(points);
        double tMax = points.Count == 0 ? 1 : Math.Max(1, points.Max(r => r[T]));
        for (int k = 0; k < groups.Length; k++)
        {
            var (n, p, order) = groups[k].Key;
            var color = ChartStyle.Color(k);
            var data = ChartStyle.Data(FormattableString.Invariant($"n = {order} (N = {n}, p = {p})"), color);
            foreach (var r in groups[k].OrderBy(r => r[T]))
            {
                double error = r.Error(MixtureOverlap);
                data.Points.Add(new ScatterErrorPoint(r[T], r[MixtureOverlap], 0, double.IsFinite(error) ? error : 0));
            }

            double tStable = MixtureMeanField.StabilityTemperature(order);
            var theory = ChartStyle.Theory(FormattableString.Invariant($"mean field n = {order}, stable below T = {tStable:F3}"), color);
            var unstable = ChartStyle.Theory("", color, LineStyle.Dot);
            for (int i = 0; i <= 200; i++)
            {
                double t = tMax * i / 200;
                var point = new DataPoint(t, MixtureMeanField.Overlap(order, t));
                (double.IsNaN(tStable) || t > tStable ? unstable : theory).Points.Add(point);
            }

            if (!double.IsNaN(tStable))
            {
                unstable.Points.Insert(0, new DataPoint(tStable, MixtureMeanField.Overlap(order, tStable)));
            }

            model.Series.Add(data);
            if (groups[k].Any(r => !double.IsNaN(r[MixtureOverlapTheory])) && groups.Take(k).All(g => g.Key.Order != order))
            {
                model.Series.Add(theory);
                model.Series.Add(unstable);
            }
        }

        return model;
    }

    /// <summary>The points grouped into curves over T, one per (N, p, n), by increasing n.</summary>
    internal static IGrouping<(int N, int P, int Order), PointRecord>[] Curves(IReadOnlyList<PointRecord> points) =>
        [.. points.GroupBy(r => (N: (int)r[N], P: (int)r[P], Order: (int)r[Order])).OrderBy(g => g.Key.Order)];
}
