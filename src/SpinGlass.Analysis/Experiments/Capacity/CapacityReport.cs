using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;

namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>
/// Turns capacity points into <c>results.csv</c>, derived capacities and charts. α_c(N) is the load at which half
/// the trials still retrieve (overlap ≥ retrieval_overlap), interpolated linearly in α with a bootstrap error;
/// the N → ∞ value is the intercept of a weighted straight-line fit of α_c(N) against N^{−1/2}.
/// </summary>
public static class CapacityReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>capacity</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "alpha", "p", "T", "overlap", "overlap_err", "success_rate", "success_rate_err", "error_fraction",
        "error_fraction_err", "stable_rate", "stable_rate_err", "retrieval_rate", "retrieval_rate_err", "sweeps", "overlap_theory",
    ];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(CapacityDefinition definition, IReadOnlyList<CapacityPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(
                p.N, p.Alpha, p.P, p.T, p.Overlap, p.OverlapErr, p.SuccessRate, p.SuccessRateErr, p.ErrorFraction,
                p.ErrorFractionErr, p.StableRate, p.StableRateErr, p.RetrievalRate, p.RetrievalRateErr, p.Sweeps, p.OverlapTheory);
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>
        {
            new("capacity_overlap", () => CapacityCharts.Overlap(points)),
            new("capacity_rates", () => CapacityCharts.Rates(points)),
        };
        return new ExperimentOutput(table, Derived(definition, points), [], charts);
    }

    private static List<KeyValuePair<string, DerivedValue>> Derived(CapacityDefinition definition, IReadOnlyList<CapacityPointResult> points)
    {
        var derived = new List<KeyValuePair<string, DerivedValue>>();
        foreach (var temperature in points.Select(p => p.T).Distinct().Order())
        {
            string suffix = points.Select(p => p.T).Distinct().Count() > 1 ? FormattableString.Invariant($"_T{temperature}") : "";
            double theory = AgsPhaseDiagram.CriticalLoadAt(temperature);
            const string Source = "AGS 1987 (replica symmetric)";
            derived.Add(new("alpha_c_theory" + suffix, new DerivedValue(theory, Source: Source)));
            var sizes = new List<(int N, double Value, double Error)>();
            foreach (int n in points.Where(p => p.T == temperature).Select(p => p.N).Distinct().Order())
            {
                var curve = points.Where(p => p.T == temperature && p.N == n).OrderBy(p => p.Alpha).ToArray();
                var rates = CurveCrossing.RateCurve([.. curve.Select(p => p.Alpha)], [.. curve.Select(p => p.RetrievalRate)], definition.Trials);
                if (CurveCrossing.FindLevel(rates, 0.5) is (double value, double error))
                {
                    sizes.Add((n, value, error));
                    derived.Add(new(FormattableString.Invariant($"alpha_c_N{n}{suffix}"), new DerivedValue(value, error, theory, Source)));
                }
            }

            if (sizes.Count >= 2 && sizes.All(s => s.Error > 0))
            {
                var fit = WeightedLineFit.Fit(
                    [.. sizes.Select(s => 1 / Math.Sqrt(s.N))], [.. sizes.Select(s => s.Value)], [.. sizes.Select(s => s.Error)]);
                derived.Add(new("alpha_c_extrapolated" + suffix, new DerivedValue(fit.Intercept, fit.InterceptError, theory, Source)));
            }
        }

        return derived;
    }
}
