using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Analysis.Theory;

namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>Turns phase-diagram points into <c>results.csv</c>, <c>theory.csv</c> (the AGS lines) and charts.</summary>
public static class PhaseDiagramReport
{
    /// <summary>The <c>results.csv</c> columns of the <c>phase-diagram</c> experiment (SPEC §7).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["N", "alpha", "T", "overlap", "overlap_err", "energy", "energy_err", "overlap_theory", "energy_theory"];

    /// <summary>Builds the run's outputs.</summary>
    public static ExperimentOutput Create(IReadOnlyList<PhaseDiagramPointResult> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        foreach (var p in points)
        {
            table.Add(p.N, p.Alpha, p.T, p.Overlap, p.OverlapErr, p.Energy, p.EnergyErr, p.OverlapTheory, p.EnergyTheory);
        }

        double alphaMax = Math.Max(0.16, points.Count == 0 ? 0 : points.Max(p => p.Alpha));
        var lines = TheoryLines(alphaMax, 0.002);
        var charts = new List<KeyValuePair<string, Func<OxyPlot.PlotModel>>>
        {
            new("phase_diagram", () => PhaseDiagramCharts.HeatMap(points, lines)),
            new("overlap_vs_T", () => PhaseDiagramCharts.OverlapVersusTemperature(points)),
        };
        return new ExperimentOutput(table, [], [new("theory.csv", lines)], charts);
    }

    /// <summary>The AGS lines <c>alpha, T_g, T_M, T_c</c> on a grid of α from 0 (empty cells where a line does not exist).</summary>
    public static ResultTable TheoryLines(double alphaMax, double step)
    {
        var table = new ResultTable(["alpha", "T_g", "T_M", "T_c"]);
        int count = (int)Math.Round(alphaMax / step);
        var alphas = Enumerable.Range(0, count + 1).Select(k => Math.Round(k * step, 10)).ToList();

        // The T_M and T_c lines end on the T = 0 axis at α_c = 0.1379 and 0.0519, between grid points.
        double[] ends = [AgsPhaseDiagram.CriticalLoad, AgsPhaseDiagram.GlobalStabilityLoad];
        alphas.AddRange(ends.Where(a => a <= alphaMax));
        foreach (double alpha in alphas.Order())
        {
            double tM = alpha == ends[0] ? 0 : AgsPhaseDiagram.RetrievalLimitTemperature(alpha);
            double tC = alpha == ends[1] ? 0 : AgsPhaseDiagram.GlobalStabilityTemperature(alpha);
            table.Add(alpha, AgsPhaseDiagram.SpinGlassTemperature(alpha), tM, tC);
        }

        return table;
    }
}
