using SpinGlass.Analysis.Exact;
using SpinGlass.Analysis.Statistics;
using SpinGlass.Models;

namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>Turns the points of an <c>ising</c> run into <c>results.csv</c>, derived results and chart factories.</summary>
public static class IsingReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>ising</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "L", "T", "energy", "energy_err", "abs_magnetization", "abs_magnetization_err", "specific_heat",
        "specific_heat_err", "susceptibility", "susceptibility_err", "binder", "binder_err", "tau_energy",
        "acceptance", "energy_exact", "specific_heat_exact",
    ];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(IsingDefinition definition, IReadOnlyList<IsingPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(
                p.L, p.T, p.Energy, p.EnergyErr, p.AbsMagnetization, p.AbsMagnetizationErr, p.SpecificHeat, p.SpecificHeatErr,
                p.Susceptibility, p.SusceptibilityErr, p.Binder, p.BinderErr, p.TauEnergy, p.Acceptance, p.EnergyExact,
                p.SpecificHeatExact);
        }

        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>();
        foreach (var quantity in Enum.GetValues<IsingQuantity>())
        {
            charts.Add(new(IsingCharts.FileName(quantity), () => IsingCharts.Create(definition, points, quantity)));
        }

        return new ExperimentOutput(table, Derived(definition, points), [], charts);
    }

    private static List<KeyValuePair<string, DerivedValue>> Derived(IsingDefinition definition, IReadOnlyList<IsingPointResult> points)
    {
        var derived = new List<KeyValuePair<string, DerivedValue>>();
        var sizes = points.Select(p => p.L).Distinct().Order().ToArray();
        if (sizes.Length < 2 || definition.Lattice == LatticeKind.Chain)
        {
            return derived;
        }

        (double? reference, string? source) = definition.Lattice == LatticeKind.Square && definition.H == 0 && definition.J > 0
            ? (OnsagerIsing.CriticalTemperature(definition.J), "Onsager 1944")
            : ((double?)null, (string?)null);
        var pairs = new List<(int Small, int Large, double Value, double Error)>();
        for (int k = 0; k + 1 < sizes.Length; k++)
        {
            if (CurveCrossing.Find(CurveOf(points, sizes[k]), CurveOf(points, sizes[k + 1])) is (double value, double error))
            {
                pairs.Add((sizes[k], sizes[k + 1], value, error));
            }
        }

        if (pairs.Count == 0)
        {
            return derived;
        }

        var largest = pairs[^1];
        derived.Add(new("tc_binder_crossing", new DerivedValue(largest.Value, largest.Error, reference, source)));
        foreach (var pair in pairs)
        {
            derived.Add(new($"tc_binder_crossing_L{pair.Small}_L{pair.Large}", new DerivedValue(pair.Value, pair.Error, reference, source)));
        }

        return derived;
    }

    private static CurveCrossing.Curve CurveOf(IReadOnlyList<IsingPointResult> points, int l)
    {
        var curve = points.Where(p => p.L == l).OrderBy(p => p.T).ToArray();
        return new CurveCrossing.Curve([.. curve.Select(p => p.T)], [.. curve.Select(p => p.Binder)], [.. curve.Select(p => p.BinderErr)]);
    }
}
