using SpinGlass.Analysis.Theory;

namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>Turns the attractor census into <c>results.csv</c>, derived energies beside theory, and charts.</summary>
public static class AttractorsReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>attractors</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "N", "alpha", "p", "T", "pure_rate", "pure_rate_err", "mixture_rate", "mixture_rate_err", "spin_glass_rate",
        "spin_glass_rate_err", "energy_pure", "energy_mixture", "energy_spin_glass",
    ];

    /// <summary>Builds the run's outputs; energy references (spin units) are attached for spin neurons only.</summary>
    public static ExperimentOutput Create(IReadOnlyList<AttractorsPointResult> points, bool spinUnits = true)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var r in points)
        {
            table.Add([r.N, r.Alpha, r.P, r.T, .. r.Rates.Cast<object>(), .. r.MeanEnergies.Cast<object>()]);
        }

        var derived = new List<KeyValuePair<string, DerivedValue>>();
        var lowest = points.Where(r => r.T == 0).OrderBy(r => r.Alpha).ThenByDescending(r => r.N).FirstOrDefault();
        if (lowest is not null && spinUnits)
        {
            const string Source = "AGS 1985 (α → 0)";
            derived.Add(new("energy_pure_lowest_alpha", new DerivedValue(lowest.MeanEnergies[0], Reference: MixtureMeanField.Energy(1, 0), Source: Source)));
            var withMixtures = points.Where(r => r.T == 0 && r.Rates[2] > 0).OrderBy(r => r.Alpha).ThenByDescending(r => r.N).FirstOrDefault();
            if (withMixtures is not null)
            {
                derived.Add(new(FormattableString.Invariant($"energy_mixture_alpha_{withMixtures.Alpha}"), new DerivedValue(withMixtures.MeanEnergies[1], Reference: MixtureMeanField.Energy(3, 0), Source: Source + ", n = 3")));
                derived.Add(new(FormattableString.Invariant($"mixture_rate_alpha_{withMixtures.Alpha}"), new DerivedValue(withMixtures.Rates[2], withMixtures.Rates[3])));
            }
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>
        {
            new("attractor_rates", () => AttractorsCharts.StackedRates(points)),
            new("attractor_energies", () => AttractorsCharts.EnergyHistogram(points)),
            new("end_state_overlaps", () => AttractorsCharts.EndStateOverlaps(points)),
        };
        return new ExperimentOutput(table, derived, [], charts);
    }
}
