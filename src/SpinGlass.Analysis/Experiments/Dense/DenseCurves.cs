using System.Globalization;
using SpinGlass.Models.Dense;
using static SpinGlass.Analysis.Experiments.Dense.DenseExperiment;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>
/// The curves of a <c>dense</c> run: the horizontal axis (<see cref="DenseAxis"/>) and the points grouped by every
/// other coordinate, one curve per group, with its legend label.
/// </summary>
public static class DenseCurves
{
    /// <summary>Of K, the cue noise and β of F, the one with the most distinct values (the first of them on a tie; K when none varies).</summary>
    public static DenseAxis AxisOf(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return new[] { (DenseAxis.K, Count(points, K)), (DenseAxis.Noise, Count(points, Noise)), (DenseAxis.Beta, Count(points, InteractionBeta)) }
            .MaxBy(axis => axis.Item2).Item1;
    }

    /// <summary>The coordinate of <paramref name="point"/> on <paramref name="axis"/>.</summary>
    public static double X(PointRecord point, DenseAxis axis)
    {
        ArgumentNullException.ThrowIfNull(point);
        return axis switch
        {
            DenseAxis.Noise => point[Noise],
            DenseAxis.Beta => point[InteractionBeta],
            _ => point[K],
        };
    }

    /// <summary>The points by (N, interaction, n, β, K, noise, T) with the axis coordinate left out, in that order: one curve each.</summary>
    public static IGrouping<DenseCurve, PointRecord>[] Groups(IReadOnlyList<PointRecord> points, DenseAxis axis)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. points.GroupBy(p => new DenseCurve(
                (int)p[N],
                InteractionOf(p),
                (int)p[Power],
                axis == DenseAxis.Beta ? 0 : p[InteractionBeta],
                axis == DenseAxis.K ? 0 : (int)p[K],
                axis == DenseAxis.Noise ? 0 : p[Noise],
                p[T]))
            .OrderBy(g => g.Key.N).ThenBy(g => g.Key.Interaction).ThenBy(g => g.Key.Power).ThenBy(g => g.Key.Beta)
            .ThenBy(g => g.Key.K).ThenBy(g => g.Key.Noise).ThenBy(g => g.Key.T)];
    }

    /// <summary>The legend of a curve: the coordinates that tell it from the others (the kind alone when nothing does).</summary>
    public static string Label(DenseCurve curve, IReadOnlyList<PointRecord> points, DenseAxis axis)
    {
        ArgumentNullException.ThrowIfNull(points);
        var parts = new List<string>();
        if (Varies(points, N))
        {
            parts.Add(Invariant($"N = {curve.N}"));
        }

        if (points.Select(InteractionOf).Distinct().Count() > 1)
        {
            parts.Add(Name(curve.Interaction));
        }

        if (curve.Interaction != Interaction.Exponential)
        {
            parts.Add(Invariant($"n = {curve.Power}"));
        }
        else if (axis != DenseAxis.Beta && Varies(points, InteractionBeta))
        {
            parts.Add(Invariant($"β = {curve.Beta}"));
        }

        if (axis != DenseAxis.K && Varies(points, K))
        {
            parts.Add(Invariant($"K = {curve.K}"));
        }

        if (axis != DenseAxis.Noise && Varies(points, Noise))
        {
            parts.Add(Invariant($"cue noise {100 * curve.Noise:0.#} %"));
        }

        if (Varies(points, T))
        {
            parts.Add(Invariant($"T = {curve.T}"));
        }

        return parts.Count == 0 ? Name(curve.Interaction) : string.Join(", ", parts);
    }

    /// <summary>Whether <paramref name="output"/> takes more than one value over the points (NaN, an empty cell, counts as none).</summary>
    public static bool Varies(IReadOnlyList<PointRecord> points, Output output) => Count(points, output) > 1;

    private static int Count(IReadOnlyList<PointRecord> points, Output output)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Select(p => p[output]).Where(double.IsFinite).Distinct().Count();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
