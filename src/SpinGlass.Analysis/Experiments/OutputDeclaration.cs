using System.Globalization;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// The outputs of an experiment in declaration order: the <c>results.csv</c> columns, <c>spinglass list</c>, the docs
/// and <c>summary.json</c> all follow from it. See <see cref="OutputSet{TDefinition, TPoint, TTrial}"/> for how an
/// experiment declares them.
/// </summary>
public abstract class OutputDeclaration
{
    private protected readonly List<Output> _outputs = [];
    private protected readonly List<(string Name, string Description)> _payloads = [];

    /// <summary>Every output in declaration order (columns and report-only values).</summary>
    public IReadOnlyList<Output> Outputs => _outputs;

    /// <summary>The payloads (structured values saved with each point for the report), by name and description.</summary>
    public IReadOnlyList<(string Name, string Description)> Payloads => _payloads;

    /// <summary>The <c>results.csv</c> header: each column output, followed by <c>NAME_err</c> when it has an error.</summary>
    public IReadOnlyList<string> Columns =>
        [.. _outputs.Where(o => o.IsColumn).SelectMany(o => o.HasError ? new[] { o.Name, o.ErrorName } : [o.Name])];

    /// <summary>The <c>results.csv</c> table of <paramref name="points"/>, one row per point in the order given.</summary>
    public ResultTable Table(IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var table = new ResultTable(Columns);
        var columns = _outputs.Where(o => o.IsColumn).ToArray();
        foreach (var point in points)
        {
            var row = new List<object>(table.Columns.Count);
            foreach (var output in columns)
            {
                row.Add(output.Kind switch
                {
                    OutputKind.Text => point.Text(output),
                    OutputKind.Integer => (long)point[output],
                    _ => point[output],
                });
                if (output.HasError)
                {
                    row.Add(point.Error(output));
                }
            }

            table.Add([.. row]);
        }

        return table;
    }

    /// <summary>Checks that a loaded point holds exactly the values this declaration produces (names and kinds).</summary>
    /// <returns>Null when it does; otherwise what is wrong, in one line.</returns>
    public string? Mismatch(PointRecord point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var expected = _outputs.Where(o => o.Kind != OutputKind.Text).SelectMany(o => o.HasError ? new[] { o.Name, o.ErrorName } : [o.Name]).ToHashSet(StringComparer.Ordinal);
        var texts = _outputs.Where(o => o.Kind == OutputKind.Text).Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        string? missing = expected.FirstOrDefault(name => !point.Values.ContainsKey(name))
            ?? texts.FirstOrDefault(name => !point.Texts.ContainsKey(name))
            ?? _payloads.Select(p => p.Name).FirstOrDefault(name => !point.Payloads.ContainsKey(name));
        if (missing is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"it has no '{missing}'");
        }

        string? extra = point.Values.Keys.FirstOrDefault(name => !expected.Contains(name))
            ?? point.Texts.Keys.FirstOrDefault(name => !texts.Contains(name));
        return extra is null ? null : $"it has '{extra}', which this experiment does not output";
    }
}
