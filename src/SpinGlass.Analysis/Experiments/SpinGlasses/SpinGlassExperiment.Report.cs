using SpinGlass.Analysis.Statistics;
using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>The report of the <c>spin-glass</c> experiment: T_c from g crossings, lowest energies, the SK extrapolation.</summary>
public sealed partial class SpinGlassExperiment
{
    /// <summary>Parisi's ground-state energy per spin of the SK model.</summary>
    public const double ParisiGroundEnergy = -0.7633;

    private const string ParisiSource = "Parisi 1980 (full RSB), e_0 = −0.7633; ours: lowest energies found, an upper bound per instance, linear in N^(−2/3)";

    /// <inheritdoc />
    protected override void Report(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(report);
        DeriveCriticalTemperature(points, report);
        DeriveGroundEnergies(points, report);
        report.Table("overlap_distribution.csv", OverlapTable(points));
        report.Chart("overlap_distribution", () => SpinGlassCharts.OverlapDistribution(Definition, points));
        report.Chart("binder_g", () => SpinGlassCharts.BinderRatio(Definition, points));
        report.Chart("exchange_rate", () => SpinGlassCharts.ExchangeRates(Definition, points));
    }

    /// <summary>The sizes' lead points (coldest temperature), by N.</summary>
    private static PointRecord[] Leads(IReadOnlyList<PointRecord> points) =>
        [.. points.GroupBy(p => ((int)p[N], (int)p[L])).Select(g => g.OrderBy(p => p[T]).First()).OrderBy(p => p[N])];

    private void DeriveCriticalTemperature(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        var sizes = points.Select(p => (int)p[N]).Distinct().Order().ToArray();
        bool sk = Definition.Sizes.All(s => s.Kind == "sk");
        (double? reference, string? source) = sk
            ? (1.0, "Sherrington & Kirkpatrick 1975: T_c = 1")
            : (Definition.CriticalTemperature, Definition.CriticalTemperatureSource);
        var pairs = new List<(int Small, int Large, double Value, double Error)>();
        for (int k = 0; k + 1 < sizes.Length; k++)
        {
            if (CurveCrossing.Find(Curve(points, sizes[k]), Curve(points, sizes[k + 1])) is (double value, double error))
            {
                pairs.Add((sizes[k], sizes[k + 1], value, error));
            }
        }

        if (pairs.Count == 0)
        {
            return;
        }

        report.Derive("tc_binder_g_crossing", new DerivedValue(pairs[^1].Value, pairs[^1].Error, reference, source));
        foreach (var pair in pairs)
        {
            report.Derive($"tc_binder_g_crossing_N{pair.Small}_N{pair.Large}", new DerivedValue(pair.Value, pair.Error, reference, source));
        }
    }

    private void DeriveGroundEnergies(IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        var leads = Leads(points);
        var table = new ResultTable(["N", "L", "sample", "lowest_energy", "round_trips"]);
        var fit = new List<(double X, double Y, double Error)>();
        foreach (var lead in leads)
        {
            var instances = lead.Payload(Instances);
            for (int s = 0; s < instances.Length; s++)
            {
                table.Add((int)lead[N], (int)lead[L], s, instances[s][0], (long)instances[s][1]);
            }

            var lowest = MeanAccumulator.Of([.. instances.Select(i => i[0])]);
            report.Derive($"lowest_energy_N{(int)lead[N]}", new DerivedValue(lowest.Mean, double.IsFinite(lowest.Error) ? lowest.Error : null));
            if (lowest.Error > 0)
            {
                fit.Add((Math.Pow(lead[N], -2.0 / 3), lowest.Mean, lowest.Error));
            }
        }

        report.Table("lowest_energies.csv", table);
        if (Definition.Sizes.All(s => s.Kind == "sk") && fit.Count >= 2)
        {
            var line = WeightedLineFit.Fit([.. fit.Select(f => f.X)], [.. fit.Select(f => f.Y)], [.. fit.Select(f => f.Error)]);
            report.Derive("ground_energy_extrapolated", new DerivedValue(line.Intercept, line.InterceptError, ParisiGroundEnergy, ParisiSource));
            report.Derive("ground_energy_slope_n23", new DerivedValue(line.Slope, line.SlopeError));
        }
    }

    private static ResultTable OverlapTable(IReadOnlyList<PointRecord> points)
    {
        var table = new ResultTable(["N", "L", "T", "q", "P_q"]);
        foreach (var point in points)
        {
            int n = (int)point[N];
            var density = point.Payload(OverlapDistribution);
            for (int b = 0; b < density.Length; b++)
            {
                table.Add(n, (int)point[L], point[T], OverlapBins.Centre(b, n), density[b]);
            }
        }

        return table;
    }

    private static CurveCrossing.Curve Curve(IReadOnlyList<PointRecord> points, int n)
    {
        var curve = points.Where(p => (int)p[N] == n).OrderBy(p => p[T]).ToArray();
        return new CurveCrossing.Curve([.. curve.Select(p => p[T])], [.. curve.Select(p => p[BinderG])], [.. curve.Select(p => p.Error(BinderG))]);
    }
}
