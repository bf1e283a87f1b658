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

    /// <summary>
    /// The AGS lines <c>alpha, T_g, T_M, T_c</c> on a grid of α from 0 plus the two tips (empty cells where a line does
    /// not exist). T_M and T_c are the upper temperatures of lines that are slightly re-entrant near T = 0 in the RS
    /// theory (the tips: α = 0.1382 at T = 0.023 and α = 0.0531 at T = 0.085); the charts trace them in T instead.
    /// </summary>
    public static ResultTable TheoryLines(double alphaMax, double step)
    {
        var table = new ResultTable(["alpha", "T_g", "T_M", "T_c"]);
        int count = (int)Math.Round(alphaMax / step);
        var alphas = Enumerable.Range(0, count + 1).Select(k => Math.Round(k * step, 10)).ToList();
        alphas.AddRange(new[] { AgsPhaseDiagram.RetrievalLimitTip.Alpha, AgsPhaseDiagram.GlobalStabilityTip.Alpha }.Where(a => a <= alphaMax));
        foreach (double alpha in alphas.Order())
        {
            table.Add(alpha, AgsPhaseDiagram.SpinGlassTemperature(alpha), AgsPhaseDiagram.RetrievalLimitTemperature(alpha), AgsPhaseDiagram.GlobalStabilityTemperature(alpha));
        }

        return table;
    }
}
