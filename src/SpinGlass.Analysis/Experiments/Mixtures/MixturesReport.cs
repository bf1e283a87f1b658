using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;

namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>
/// Turns mixture points into <c>results.csv</c>, the measured stability temperature per n (where half the pattern
/// sets keep the symmetric mixture, interpolated in T with a bootstrap error) beside the mean-field T_n, and charts.
/// </summary>
public static class MixturesReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>mixtures</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "p", "n", "T", "mixture_overlap", "mixture_overlap_err", "max_other_overlap", "stable_rate", "stable_rate_err",
        "energy", "energy_err", "mixture_overlap_theory", "energy_theory",
    ];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(IReadOnlyList<MixturePointResult> points, int trials)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var r in points)
        {
            table.Add(r.N, r.P, r.Order, r.T, r.MixtureOverlap, r.MixtureOverlapErr, r.MaxOtherOverlap, r.StableRate, r.StableRateErr,
                r.Energy, r.EnergyErr, r.MixtureOverlapTheory, r.EnergyTheory);
        }

        var derived = new List<KeyValuePair<string, DerivedValue>>();
        bool spinUnits = points.Any(r => !double.IsNaN(r.MixtureOverlapTheory)); // binary neurons: no mean-field reference
        foreach (var group in points.GroupBy(r => (r.N, r.P, r.Order)).OrderBy(g => g.Key.Order))
        {
            var curve = group.OrderBy(r => r.T).ToArray();
            var rates = CurveCrossing.RateCurve([.. curve.Select(r => r.T)], [.. curve.Select(r => r.StableRate)], trials);
            if (CurveCrossing.FindLevel(rates, 0.5) is (double value, double error))
            {
                string name = points.Select(r => (r.N, r.P)).Distinct().Count() > 1 ? $"t_stability_n{group.Key.Order}_N{group.Key.N}_p{group.Key.P}" : $"t_stability_n{group.Key.Order}";
                derived.Add(new(name, spinUnits ? new DerivedValue(value, error, MixtureMeanField.StabilityTemperature(group.Key.Order), "AGS 1985 (mean field, α → 0)") : new DerivedValue(value, error)));
            }
        }

        var charts = new List<KeyValuePair<string, Func<PlotModel>>> { new("mixture_overlap", () => OverlapChart(points)) };
        return new ExperimentOutput(table, derived, [], charts);
    }

    private static PlotModel OverlapChart(IReadOnlyList<MixturePointResult> points)
    {
        var model = ChartStyle.Create("Symmetric mixture states of the Hopfield network", "T", "mixture overlap m_n", OxyPlot.Legends.LegendPosition.RightTop);
        var groups = points.GroupBy(r => (r.N, r.P, r.Order)).OrderBy(g => g.Key.Order).ToArray();
        double tMax = points.Count == 0 ? 1 : Math.Max(1, points.Max(r => r.T));
        for (int k = 0; k < groups.Length; k++)
        {
            var (n, p, order) = groups[k].Key;
            var color = ChartStyle.Color(k);
            var data = ChartStyle.Data(FormattableString.Invariant($"n = {order} (N = {n}, p = {p})"), color);
            foreach (var r in groups[k].OrderBy(r => r.T))
            {
                data.Points.Add(new ScatterErrorPoint(r.T, r.MixtureOverlap, 0, double.IsFinite(r.MixtureOverlapErr) ? r.MixtureOverlapErr : 0));
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
            if (groups[k].Any(r => !double.IsNaN(r.MixtureOverlapTheory)) && groups.Take(k).All(g => g.Key.Order != order))
            {
                model.Series.Add(theory);
                model.Series.Add(unstable);
            }
        }

        return model;
    }
}
