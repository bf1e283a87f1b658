using System.Globalization;

namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>
/// How the points of a sequence sweep are laid out for the report: the quantity charted along the horizontal axis,
/// the quantities that tell curves apart, and the points whose traces are drawn. α and p are tied through N.
/// </summary>
internal static class SequenceAxes
{
    /// <summary>The swept quantities a chart can put on its horizontal axis, in order of preference.</summary>
    public static IReadOnlyList<SequenceAxis> All { get; } =
    [
        new(SequenceExperiment.Lambda, "λ (transition strength)"),
        new(SequenceExperiment.Alpha, "α = p/N"),
        new(SequenceExperiment.Delay, "τ (delay, sweeps)"),
        new(SequenceExperiment.T, "T"),
        new(SequenceExperiment.N, "N"),
        new(SequenceExperiment.P, "p (sequence length)"),
    ];

    /// <summary>
    /// The quantity with the most distinct values (ties: the order of <see cref="All"/>), or null for a single
    /// point. The stepping network is charted in α (its theory's variable), a dwelling one in p when N is fixed.
    /// </summary>
    public static SequenceAxis? Horizontal(SequenceDefinition definition, IReadOnlyList<PointRecord> points)
    {
        bool oneSize = points.Select(p => p[SequenceExperiment.N]).Distinct().Count() <= 1;
        string tied = definition.Stepping || !oneSize ? "p" : "alpha";
        var best = All
            .Where(a => a.Name != tied)
            .Select((a, order) => (Axis: a, Count: points.Select(a.Value).Distinct().Count(), Order: order))
            .Where(c => c.Count > 1)
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Order)
            .FirstOrDefault();
        return best.Axis;
    }

    /// <summary>At most six points, spread evenly over the list, whose first trials are charted as traces.</summary>
    public static IEnumerable<int> TracedPoints(int count)
    {
        const int Most = 6;
        return count <= Most
            ? Enumerable.Range(0, count)
            : Enumerable.Range(0, Most).Select(k => (int)Math.Round((double)k * (count - 1) / (Most - 1))).Distinct();
    }

    /// <summary>
    /// The varying quantities other than <paramref name="axis"/> that tell curves apart. Along α, p is dropped;
    /// otherwise α names the curve (the stepping network's variable, or when N varies), p when N is fixed for a
    /// dwelling network.
    /// </summary>
    public static SequenceAxis[] Grouping(SequenceDefinition definition, IReadOnlyList<PointRecord> points, string axis)
    {
        bool oneSize = points.Select(p => p[SequenceExperiment.N]).Distinct().Count() <= 1;
        string tied = axis switch
        {
            "alpha" => "p",
            "p" => "alpha",
            _ => oneSize && !definition.Stepping ? "alpha" : "p",
        };
        return [.. All.Where(a => a.Name != axis && a.Name != tied && points.Select(a.Value).Distinct().Count() > 1)];
    }

    /// <summary>The points grouped by everything except <paramref name="x"/>, each group sorted in x, with a name suffix for the group.</summary>
    public static IEnumerable<(string Suffix, PointRecord[] Curve)> Curves(SequenceDefinition definition, IReadOnlyList<PointRecord> points, Output x)
    {
        var others = Grouping(definition, points, x.Name);
        foreach (var group in points.GroupBy(p => string.Concat(others.Select(a => string.Create(CultureInfo.InvariantCulture, $"_{a.Name}{a.Value(p)}")))))
        {
            var curve = group.OrderBy(p => p[x]).ToArray();
            if (curve.Length >= 2)
            {
                yield return (group.Key, curve);
            }
        }
    }
}
