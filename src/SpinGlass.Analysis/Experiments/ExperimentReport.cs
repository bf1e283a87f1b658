using OxyPlot;

namespace SpinGlass.Analysis.Experiments;

/// <summary>What a run reports beside its results table: derived values, extra tables and charts, in the order added.</summary>
public sealed class ExperimentReport
{
    private readonly List<KeyValuePair<string, DerivedValue>> _derived = [];
    private readonly List<KeyValuePair<string, ResultTable>> _tables = [];
    private readonly List<KeyValuePair<string, Func<PlotModel>>> _charts = [];

    /// <summary>Derived whole-run values for <c>summary.json</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, DerivedValue>> Derived => _derived;

    /// <summary>Extra tables by file name.</summary>
    public IReadOnlyList<KeyValuePair<string, ResultTable>> Tables => _tables;

    /// <summary>Chart factories by file name (without extension); invoked only when charts are wanted.</summary>
    public IReadOnlyList<KeyValuePair<string, Func<PlotModel>>> Charts => _charts;

    /// <summary>Adds a derived value.</summary>
    public void Derive(string name, DerivedValue value) => _derived.Add(new(name, value));

    /// <summary>Adds an extra table, e.g. <c>theory.csv</c>.</summary>
    public void Table(string fileName, ResultTable table) => _tables.Add(new(fileName, table));

    /// <summary>Adds a chart.</summary>
    public void Chart(string name, Func<PlotModel> chart) => _charts.Add(new(name, chart));
}
