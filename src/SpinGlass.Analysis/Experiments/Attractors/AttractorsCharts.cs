using OxyPlot;
using OxyPlot.Series;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.Attractors.AttractorsExperiment;

namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>Charts of the <c>attractors</c> experiment.</summary>
public static class AttractorsCharts
{
    private static readonly string[] Names = ["pure", "mixture", "spin glass"];

    /// <summary>Stacked fractions of random starts ending in each class vs α (largest N, lowest T).</summary>
    public static PlotModel StackedRates(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var curve = Selected(points).OrderBy(r => r[Alpha]).ToArray();
        string where = curve.Length == 0 ? "" : FormattableString.Invariant($", N = {curve[0][N]}, T = {curve[0][T]}");
        var model = ChartStyle.Create($"Where random starts end{where}", "α = p/N", "fraction of random starts", OxyPlot.Legends.LegendPosition.RightBottom);
        model.Axes[1].Minimum = 0;
        model.Axes[1].Maximum = 1;
        for (int k = 0; k < 3; k++)
        {
            var color = ChartStyle.Color(k);
            var area = new AreaSeries { Title = Names[k], Color = color, Fill = OxyColor.FromAColor(150, color), StrokeThickness = 1 };
            foreach (var r in curve)
            {
                double below = Enumerable.Range(0, k).Sum(j => r[RateOf((AttractorClass)j)]);
                area.Points.Add(new DataPoint(r[Alpha], below + r[RateOf((AttractorClass)k)]));
                area.Points2.Add(new DataPoint(r[Alpha], below));
            }

            model.Series.Add(area);
        }

        return model;
    }

    /// <summary>Histogram of end-state energies per spin by class at the lowest α (largest N, lowest T).</summary>
    public static PlotModel EnergyHistogram(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var point = Selected(points).OrderBy(r => r[Alpha]).FirstOrDefault();
        string where = point is null ? "" : FormattableString.Invariant($", N = {point[N]}, α = {point[Alpha]}");
        var model = ChartStyle.Create($"Energies of the end states{where}", "E/N", "number of end states", OxyPlot.Legends.LegendPosition.LeftTop);
        if (point is null)
        {
            return model;
        }

        var all = point.Payload(EndStates).SelectMany(t => t.Classes.Zip(t.Energies)).ToArray();
        double lo = all.Min(x => x.Second), hi = all.Max(x => x.Second), width = Math.Max(1e-3, (hi - lo) / 40);
        for (int k = 0; k < 3; k++)
        {
            var kind = (AttractorClass)k;
            var counts = new int[41];
            foreach (var (_, energy) in all.Where(x => x.First == kind))
            {
                counts[Math.Min(40, (int)((energy - lo) / width))]++;
            }

            var series = new StairStepSeries { Title = Names[k], Color = ChartStyle.Color(k), StrokeThickness = 1.5 };
            for (int b = 0; b <= 40; b++)
            {
                series.Points.Add(new DataPoint(lo + b * width, counts[b]));
            }

            model.Series.Add(series);
        }

        return model;
    }

    /// <summary>End states × patterns overlaps of the first pattern set at the lowest α (largest N, lowest T).</summary>
    public static PlotModel EndStateOverlaps(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var point = Selected(points).OrderBy(r => r[Alpha]).FirstOrDefault();
        var first = point?.Payload(EndStates).FirstOrDefault(t => t.Overlaps.Length > 0);
        if (point is null || first is null)
        {
            return ChartStyle.Create("End states × patterns", "pattern μ", "end state");
        }

        int rows = first.Overlaps.Length, columns = first.Overlaps[0].Length;
        var matrix = new double[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                matrix[r, c] = first.Overlaps[r][c];
            }
        }

        string[] labels = [.. Enumerable.Range(0, rows).Select(r => $"{r + 1} ({Names[(int)first.Classes[r]]})")];
        return OverlapMatrixChart.Create(
            FormattableString.Invariant($"Overlaps of end states with the patterns, N = {point[N]}, α = {point[Alpha]}"),
            matrix, labels, [.. Enumerable.Range(1, columns).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))], "end state (class)", "pattern μ");
    }

    private static IEnumerable<PointRecord> Selected(IReadOnlyList<PointRecord> points)
    {
        if (points.Count == 0)
        {
            return [];
        }

        double n = points.Max(r => r[N]);
        double t = points.Where(r => r[N] == n).Min(r => r[T]);
        return points.Where(r => r[N] == n && r[T] == t);
    }
}
