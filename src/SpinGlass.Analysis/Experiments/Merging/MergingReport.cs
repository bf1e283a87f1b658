namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>
/// Turns merging points into <c>results.csv</c>, the yardstick of random memory pairs (mean and spread of their
/// Hamming distance, N/2 ± √N/2) as derived values, and the chart of the three outcome rates vs distance.
/// </summary>
public static class MergingReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>merging</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "distance", "both_stable_rate", "both_stable_rate_err", "displaced_rate", "displaced_rate_err",
        "fused_rate", "fused_rate_err", "final_distance", "final_distance_err",
    ];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(MergingDefinition definition, IReadOnlyList<MergingPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(
                p.Distance, p.BothStableRate, p.BothStableRateErr, p.DisplacedRate, p.DisplacedRateErr,
                p.FusedRate, p.FusedRateErr, p.FinalDistance, p.FinalDistanceErr);
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>
        {
            new("merging_rates", () => MergingCharts.Rates(definition, points)),
        };
        return new ExperimentOutput(table, Derived(definition, points), [], charts);
    }

    private static List<KeyValuePair<string, DerivedValue>> Derived(MergingDefinition definition, IReadOnlyList<MergingPointResult> points)
    {
        var pooled = points.Where(p => !double.IsNaN(p.PairDistance)).ToArray();
        if (pooled.Length == 0)
        {
            return [];
        }

        // every point has the same number of trials, so the pooled moments are plain averages over points
        double mean = pooled.Average(p => p.PairDistance);
        double error = Math.Sqrt(pooled.Sum(p => double.IsFinite(p.PairDistanceErr) ? p.PairDistanceErr * p.PairDistanceErr : 0)) / pooled.Length;
        double spread = Math.Sqrt(Math.Max(0, pooled.Average(p => p.PairDistanceSquare) - (mean * mean)));
        const string Source = "independent random memories: d ~ Binomial(N, 1/2); Hopfield 1982: 50 ± 5 at N = 100";
        return
        [
            new("random_pair_distance", new DerivedValue(mean, error, definition.N / 2.0, Source)),
            new("random_pair_distance_sd", new DerivedValue(spread, null, Math.Sqrt(definition.N) / 2, Source)),
        ];
    }
}
