using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>
/// Turns stability points into <c>results.csv</c>, <c>histogram.csv</c> (the distribution of wrong bits per memory,
/// Hopfield's Fig. 2), derived values at Hopfield's N = 100, n = 10 and charts.
/// </summary>
public static class StabilityReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>stability</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "p", "zero_error_rate", "zero_error_rate_err", "under5_error_rate", "under5_error_rate_err",
        "errors_mean", "errors_mean_err", "bit_error_theory",
    ];

    /// <summary>The <c>histogram.csv</c> columns: the probability that a memory's fixed point has <c>errors</c> wrong bits.</summary>
    public static IReadOnlyList<string> HistogramColumns { get; } = ["N", "p", "errors", "probability"];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(StabilityDefinition definition, IReadOnlyList<StabilityPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(
                p.N, p.P, p.ZeroErrorRate, p.ZeroErrorRateErr, p.Under5ErrorRate, p.Under5ErrorRateErr,
                p.ErrorsMean, p.ErrorsMeanErr, p.BitErrorTheory);
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>
        {
            new("stability_error_free", () => StabilityCharts.ErrorFree(definition.Coding, points)),
            new("stability_histogram", () => StabilityCharts.Histogram(points)),
        };
        return new ExperimentOutput(table, Derived(definition, points), [new("histogram.csv", Histogram(points))], charts);
    }

    /// <summary>The pooled distribution of wrong bits per memory, rows from 0 to the largest count seen.</summary>
    public static ResultTable Histogram(IReadOnlyList<StabilityPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(HistogramColumns);
        foreach (var p in points)
        {
            double total = p.ErrorCounts.Sum();
            int last = LastNonZero(p.ErrorCounts);
            for (int errors = 0; errors <= last; errors++)
            {
                table.Add(p.N, p.P, errors, p.ErrorCounts[errors] / total);
            }
        }

        return table;
    }

    internal static int LastNonZero(IReadOnlyList<int> counts)
    {
        int last = 0;
        for (int k = 0; k < counts.Count; k++)
        {
            last = counts[k] > 0 ? k : last;
        }

        return last;
    }

    private static List<KeyValuePair<string, DerivedValue>> Derived(StabilityDefinition definition, IReadOnlyList<StabilityPointResult> points)
    {
        var derived = new List<KeyValuePair<string, DerivedValue>>();
        bool binary = definition.Coding == NeuronCoding.Binary;
        const string Paper = "Hopfield 1982";
        foreach (var p in points.Where(p => p.N == 100 && p.P == 10))
        {
            // the paper's numbers are for his binary network; for spins the values are reported without a reference
            derived.Add(new("bit_error_theory_N100_p10", new DerivedValue(p.BitErrorTheory, null, binary ? 0.0091 : null, binary ? Paper + ", Eq. 10" : null)));
            derived.Add(new("zero_error_theory_N100_p10", new DerivedValue(
                StabilityTheory.ErrorFreeRate(p.N, p.P, definition.Coding), null, binary ? Math.Exp(-0.91) : null, binary ? Paper + ", e^{−0.91}" : null)));
            derived.Add(new("zero_error_rate_N100_p10", new DerivedValue(p.ZeroErrorRate, p.ZeroErrorRateErr, binary ? 0.6 : null, binary ? Paper + " (simulation)" : null)));
        }

        return derived;
    }
}
