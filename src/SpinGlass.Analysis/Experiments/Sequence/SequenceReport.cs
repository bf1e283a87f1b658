using System.Globalization;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Analysis.Theory;

namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>
/// Turns sequence points into <c>results.csv</c>, <c>traces.csv</c>, derived thresholds and charts. Derived: for the
/// stepping network swept in α, <c>alpha_c</c> where the completed rate falls through ½ (beside DCS's 0.269); for a
/// dwelling network swept in λ, <c>lambda_c</c> where it rises through ½ (beside the symmetric strength a, the
/// p ≪ N threshold).
/// </summary>
public static class SequenceReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>sequence</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "p", "alpha", "lambda", "delay", "T", "completed_rate", "completed_rate_err", "transitions", "transitions_err",
        "dwell_time", "dwell_time_err", "dwell_time_theory", "overlap", "overlap_err", "overlap_theory",
    ];

    private static readonly string[] TraceKeys = ["N", "p", "alpha", "lambda", "delay", "T", "t"];

    /// <summary>The swept quantities a chart can put on its horizontal axis, in order of preference.</summary>
    internal static IReadOnlyList<SweepAxis> Axes { get; } =
    [
        new("lambda", "λ (transition strength)", p => p.Lambda),
        new("alpha", "α = p/N", p => p.Alpha),
        new("delay", "τ (delay, sweeps)", p => p.Delay),
        new("T", "T", p => p.T),
        new("N", "N", p => p.N),
        new("p", "p (sequence length)", p => p.P),
    ];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(SequenceDefinition definition, IReadOnlyList<SequencePointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(
                p.N, p.P, p.Alpha, p.Lambda, p.Delay, p.T, p.CompletedRate, p.CompletedRateErr, p.Transitions, p.TransitionsErr,
                p.DwellTime, p.DwellTimeErr, p.DwellTimeTheory, p.Overlap, p.OverlapErr, p.OverlapTheory);
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>();
        var axis = HorizontalAxis(definition, points);
        if (axis is not null)
        {
            charts.Add(new("completed_rate", () => SequenceCharts.CompletedRate(definition, points, axis)));
            if (points.Any(p => double.IsFinite(p.DwellTime)) && !definition.Stepping)
            {
                charts.Add(new("dwell_time", () => SequenceCharts.DwellTime(definition, points, axis)));
            }

            if (definition.Stepping || axis.Name == "alpha")
            {
                charts.Add(new("overlap", () => SequenceCharts.Overlap(definition, points, axis)));
            }
        }

        foreach (int index in TracedPoints(points.Count))
        {
            var point = points[index];
            charts.Add(new(points.Count == 1 ? "traces" : string.Create(CultureInfo.InvariantCulture, $"traces_{index + 1}"), () => SequenceCharts.Traces(definition, point)));
        }

        return new ExperimentOutput(table, Derived(definition, points), [new("traces.csv", Traces(points))], charts);
    }

    /// <summary>
    /// The quantity with the most distinct values (ties: the order of <see cref="Axes"/>), or null for a single
    /// point. α and p are tied through N: the stepping network is charted in α (its theory's variable), a dwelling
    /// one in p when N is fixed.
    /// </summary>
    internal static SweepAxis? HorizontalAxis(SequenceDefinition definition, IReadOnlyList<SequencePointResult> points)
    {
        bool oneSize = points.Select(p => p.N).Distinct().Count() <= 1;
        string tied = definition.Stepping || !oneSize ? "p" : "alpha";
        var best = Axes
            .Where(a => a.Name != tied)
            .Select((a, order) => (Axis: a, Count: points.Select(a.Value).Distinct().Count(), Order: order))
            .Where(c => c.Count > 1)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Order)
            .FirstOrDefault();
        return best.Axis;
    }

    /// <summary>At most six points, spread evenly over the list, whose first trials are charted as traces.</summary>
    internal static IEnumerable<int> TracedPoints(int count)
    {
        const int Most = 6;
        return count <= Most
            ? Enumerable.Range(0, count)
            : Enumerable.Range(0, Most).Select(k => (int)Math.Round((double)k * (count - 1) / (Most - 1))).Distinct();
    }

    /// <summary><c>traces.csv</c>: per point, the first trial's m_1 … m_k at every t (k = min(p, 32); empty beyond a point's p).</summary>
    private static ResultTable Traces(IReadOnlyList<SequencePointResult> points)
    {
        int width = points.Count == 0 ? 0 : points.Max(p => p.Trace.Length == 0 ? 0 : p.Trace[0].Length);
        var table = new ResultTable([.. TraceKeys.Concat(Enumerable.Range(1, width).Select(mu => string.Create(CultureInfo.InvariantCulture, $"m_{mu}")))]);
        foreach (var p in points)
        {
            for (int t = 0; t < p.Trace.Length; t++)
            {
                var row = new object[7 + width];
                row[0] = p.N;
                row[1] = p.P;
                row[2] = p.Alpha;
                row[3] = p.Lambda;
                row[4] = p.Delay;
                row[5] = p.T;
                row[6] = t;
                for (int mu = 0; mu < width; mu++)
                {
                    row[7 + mu] = mu < p.Trace[t].Length ? p.Trace[t][mu] : double.NaN;
                }

                table.Add(row);
            }
        }

        return table;
    }

    private static List<KeyValuePair<string, DerivedValue>> Derived(SequenceDefinition definition, IReadOnlyList<SequencePointResult> points)
    {
        var derived = new List<KeyValuePair<string, DerivedValue>>();
        if (definition.Stepping)
        {
            const string Dcs = "Düring, Coolen & Sherrington 1998 (T = 0)";
            derived.Add(new("alpha_c_theory", new DerivedValue(SequenceTheory.CriticalLoad, Source: Dcs)));
            derived.Add(new("overlap_at_alpha_c_theory", new DerivedValue(SequenceTheory.CriticalOverlap, Source: Dcs)));
            foreach (var (suffix, curve) in Curves(definition, points, p => p.Alpha, "alpha"))
            {
                var rates = CurveCrossing.RateCurve([.. curve.Select(p => p.Alpha)], [.. curve.Select(p => p.CompletedRate)], definition.Trials);
                if (CurveCrossing.FindLevel(rates, 0.5) is (double alpha, double error))
                {
                    bool zeroT = curve[0].T == 0;
                    derived.Add(new("alpha_c" + suffix, new DerivedValue(alpha, Finite(error), zeroT ? SequenceTheory.CriticalLoad : null, zeroT ? Dcs : null)));
                }
            }
        }
        else if (definition.Symmetric > 0)
        {
            const string Sk = "Sompolinsky & Kanter 1986 (delayed term: λ > a for p ≪ N, T = 0)";
            foreach (var (suffix, curve) in Curves(definition, points, p => p.Lambda, "lambda"))
            {
                // the completed rate rises with λ: find where −rate falls through −½
                var rates = CurveCrossing.RateCurve([.. curve.Select(p => p.Lambda)], [.. curve.Select(p => -p.CompletedRate)], definition.Trials);
                if (CurveCrossing.FindLevel(rates, -0.5) is (double lambda, double error))
                {
                    bool referenced = curve[0].T == 0 && definition.Kernel != Models.Sequences.SequenceKernel.None;
                    derived.Add(new("lambda_c" + suffix, new DerivedValue(lambda, Finite(error), referenced ? definition.Symmetric : null, referenced ? Sk : null)));
                }
            }
        }

        return derived;
    }

    private static double? Finite(double error) => double.IsFinite(error) ? error : null;

    /// <summary>
    /// The varying quantities other than <paramref name="axis"/> that tell curves apart. α and p are tied through N:
    /// along α, p is dropped; otherwise α names the curve (the stepping network's variable, or when N varies), p
    /// when N is fixed for a dwelling network.
    /// </summary>
    internal static SweepAxis[] GroupingAxes(SequenceDefinition definition, IReadOnlyList<SequencePointResult> points, string axis)
    {
        bool oneSize = points.Select(p => p.N).Distinct().Count() <= 1;
        string tied = axis switch
        {
            "alpha" => "p",
            "p" => "alpha",
            _ => oneSize && !definition.Stepping ? "alpha" : "p",
        };
        return [.. Axes.Where(a => a.Name != axis && a.Name != tied && points.Select(a.Value).Distinct().Count() > 1)];
    }

    /// <summary>The points grouped by everything except <paramref name="x"/>, each group sorted in x, with a name suffix for the group.</summary>
    private static IEnumerable<(string Suffix, SequencePointResult[] Curve)> Curves(SequenceDefinition definition, IReadOnlyList<SequencePointResult> points, Func<SequencePointResult, double> x, string axis)
    {
        var others = GroupingAxes(definition, points, axis);
        foreach (var group in points.GroupBy(p => string.Concat(others.Select(a => string.Create(CultureInfo.InvariantCulture, $"_{a.Name}{a.Value(p)}")))))
        {
            var curve = group.OrderBy(x).ToArray();
            if (curve.Length >= 2)
            {
                yield return (group.Key, curve);
            }
        }
    }

    /// <summary>A quantity a chart may sweep along.</summary>
    /// <param name="Name">Its column name.</param>
    /// <param name="Title">Its axis title.</param>
    /// <param name="Value">Its value at a point.</param>
    internal sealed record SweepAxis(string Name, string Title, Func<SequencePointResult, double> Value);
}
