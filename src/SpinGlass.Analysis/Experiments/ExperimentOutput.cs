using OxyPlot;

namespace SpinGlass.Analysis.Experiments;

/// <summary>Everything a run reports: the results table, derived whole-run quantities, extra tables and charts.</summary>
/// <param name="Results">The <c>results.csv</c> table, one row per point in point order.</param>
/// <param name="Derived">Named derived results for <c>summary.json</c>.</param>
/// <param name="Tables">Extra tables by file name (e.g. <c>theory.csv</c>).</param>
/// <param name="Charts">Chart factories by name; invoked only when charts are wanted.</param>
public sealed record ExperimentOutput(
    ResultTable Results,
    IReadOnlyList<KeyValuePair<string, DerivedValue>> Derived,
    IReadOnlyList<KeyValuePair<string, ResultTable>> Tables,
    IReadOnlyList<KeyValuePair<string, Func<PlotModel>>> Charts);
