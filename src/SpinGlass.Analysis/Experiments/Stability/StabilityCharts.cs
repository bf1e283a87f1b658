using SpinGlass.Analysis.Experiments.Hopfield;
using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Models.Hopfield;
using static SpinGlass.Analysis.Experiments.Stability.StabilityExperiment;

namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>Charts of the <c>stability</c> experiment: the error-free rate vs p per N, and the histogram of wrong bits.</summary>
public static class StabilityCharts
{
    private const int CurvePoints = 200;
    private static readonly double[] HistogramLoads = [0.05, 0.10, 0.15];

    /// <summary>
    /// Fraction of memories that are exact fixed points vs p per N, beside the Gaussian estimate (1 − P)^N (plain Hebb) or
    /// the rule's capacity αN as a vertical line (the other rules).
    /// </summary>
    public static PlotModel ErrorFree(NeuronCoding coding, IReadOnlyList<PointRecord> points, HopfieldLearning? learning = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        learning ??= HopfieldLearning.Hebb;
        string rule = learning.IsPlainHebb ? "" : $", {learning.RuleName} rule";
        var model = ChartStyle.Create(
            $"Error-free memories, Hopfield network ({coding.ToString().ToLowerInvariant()} neurons{rule})", "p (memories)", "fraction with no wrong bit",
            OxyPlot.Legends.LegendPosition.LeftBottom);
        model.Axes[1].Minimum = 0;
        model.Axes[1].Maximum = 1.02;
        var sizes = points.Select(p => (int)p[N]).Distinct().Order().ToArray();
        for (int k = 0; k < sizes.Length; k++)
        {
            var curve = points.Where(p => p[N] == sizes[k]).OrderBy(p => p[P]).ToArray();
            var data = ChartStyle.Data($"N = {sizes[k]}", ChartStyle.Color(k));
            foreach (var p in curve)
            {
                double err = p.Error(ZeroErrorRate);
                data.Points.Add(new ScatterErrorPoint(p[P], p[ZeroErrorRate], 0, double.IsFinite(err) ? err : 0));
            }

            model.Series.Add(data);
            if (!learning.IsAgs)
            {
                if (learning.CapacityTheory(sizes[k]) is var (alpha, source))
                {
                    var capacity = ChartStyle.Theory($"capacity {alpha * sizes[k]:G3} ({source}), N = {sizes[k]}", ChartStyle.Color(k));
                    capacity.Points.Add(new DataPoint(alpha * sizes[k], 0));
                    capacity.Points.Add(new DataPoint(alpha * sizes[k], 1));
                    model.Series.Add(capacity);
                }

                continue;
            }

            var theory = ChartStyle.Theory($"Gaussian (1 − P)^N, N = {sizes[k]}", ChartStyle.Color(k));
            double from = Math.Max(1, curve[0][P] - 0.5), to = curve[^1][P] + 0.5;
            for (int i = 0; i <= CurvePoints; i++)
            {
                double p = from + (to - from) * i / CurvePoints;
                theory.Points.Add(new DataPoint(p, StabilityTheory.ErrorFreeRate(sizes[k], p, coding)));
            }

            model.Series.Add(theory);
        }

        return model;
    }

    /// <summary>
    /// The distribution of wrong bits per memory (Hopfield's Fig. 2) for the largest N, at the loads nearest
    /// p = 0.05 N, 0.10 N and 0.15 N.
    /// </summary>
    public static PlotModel Histogram(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var model = ChartStyle.Create("Wrong bits of the fixed point reached from a memory", "wrong bits", "probability");
        model.Axes[1].Minimum = 0;
        if (points.Count == 0)
        {
            return model;
        }

        double n = points.Max(p => p[N]);
        var candidates = points.Where(p => p[N] == n).ToArray();
        var chosen = HistogramLoads
            .Select(load => candidates.MinBy(p => Math.Abs(p[P] - load * n))!)
            .Distinct()
            .OrderBy(p => p[P])
            .ToArray();
        for (int k = 0; k < chosen.Length; k++)
        {
            var p = chosen[k];
            var counts = p.Payload(ErrorCounts);
            double total = counts.Sum();
            var series = new LineSeries
            {
                Title = $"N = {p[N]}, p = {p[P]}",
                Color = ChartStyle.Color(k),
                MarkerType = MarkerType.Circle,
                MarkerSize = 3,
                MarkerFill = ChartStyle.Color(k),
            };
            int last = LastNonZero(counts);
            for (int errors = 0; errors <= last; errors++)
            {
                series.Points.Add(new DataPoint(errors, counts[errors] / total));
            }

            model.Series.Add(series);
        }

        return model;
    }
}
