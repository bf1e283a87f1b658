using System.Globalization;
using SpinGlass.Analysis.Statistics;

namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>The <c>exact</c> experiment's extras: minima.csv, energy_histogram.csv, overlap_distribution.csv, derived values, charts.</summary>
internal static class ExactReport
{
    public static void Write(ExactDefinition definition, IReadOnlyList<PointRecord> points, ExperimentReport report)
    {
        var first = points.Select((record, index) => (Record: record, Point: definition.Points[index]))
            .GroupBy(p => p.Point.Model).Select(g => g.First()).ToArray();
        var minima = new ResultTable(["N", "L", "sample", "state", "energy", "energy_per_spin", "flat_flips", "ground", "class", "label"]);
        var histogram = new ResultTable(["N", "L", "sample", "energy", "energy_low", "energy_high", "count"]);
        foreach (var (record, point) in first)
        {
            var samples = record.Payload(ExactExperiment.Samples);
            foreach (var sample in samples)
            {
                foreach (var m in sample.Minima)
                {
                    minima.Add(point.N, point.L, sample.Sample, m.State, m.Energy, m.Energy / point.N, m.FlatFlips, m.Ground ? 1 : 0, m.Class, m.Label);
                }

                foreach (var level in sample.Histogram)
                {
                    histogram.Add(point.N, point.L, sample.Sample, level.Energy, level.Low, level.High, level.Count);
                }
            }

            string suffix = first.Length == 1 ? "" : point.L > 0 ? $"_L{point.L}" : string.Create(CultureInfo.InvariantCulture, $"_N{point.N}");
            Derive(report, "ground_energy" + suffix, samples, s => s.GroundEnergy);
            Derive(report, "ground_energy_per_spin" + suffix, samples, s => s.GroundEnergy / point.N);
            Derive(report, "ground_degeneracy" + suffix, samples, s => s.Degeneracy);
            Derive(report, "local_minima" + suffix, samples, s => s.LocalMinima);
        }

        report.Table("minima.csv", minima);
        report.Table("energy_histogram.csv", histogram);
        if (definition.Overlaps)
        {
            var overlaps = new ResultTable(["N", "L", "T", "q", "P"]);
            for (int k = 0; k < points.Count; k++)
            {
                var point = definition.Points[k];
                var p = points[k].Payload(ExactExperiment.Overlap);
                for (int d = 0; d < p.Length; d++)
                {
                    overlaps.Add(point.N, point.L, point.T, 1 - (2.0 * d / point.N), p[d]);
                }
            }

            report.Table("overlap_distribution.csv", overlaps);
        }

        report.Chart("energy", () => ExactCharts.Curve(definition, points, ExactExperiment.Energy, "Energy per spin", "E/N"));
        report.Chart("specific_heat", () => ExactCharts.Curve(definition, points, ExactExperiment.SpecificHeat, "Specific heat per spin", "C/N"));
        if (definition.Overlaps)
        {
            report.Chart("binder_g", () => ExactCharts.Curve(definition, points, ExactExperiment.BinderG, "Binder ratio of the overlap", "g = ½(3 − ⟨q⁴⟩/⟨q²⟩²)"));
            report.Chart("overlap_distribution", () => ExactCharts.Distribution(definition, points));
        }
    }

    private static void Derive(ExperimentReport report, string name, ExactSample[] samples, Func<ExactSample, double> value)
    {
        var estimate = TrialStatistics.Mean(samples, value);
        report.Derive(name, new DerivedValue(estimate.Mean, samples.Length > 1 ? estimate.Error : null));
    }
}
