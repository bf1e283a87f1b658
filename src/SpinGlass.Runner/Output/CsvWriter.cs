using System.Globalization;
using System.Text;
using SpinGlass.Analysis.Experiments;

namespace SpinGlass.Runner.Output;

/// <summary>Formats a <see cref="ResultTable"/> as CSV: header row, invariant culture, shortest round-trip doubles,
/// empty cells for values that do not exist (NaN).</summary>
internal static class CsvWriter
{
    public static string Format(ResultTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Columns.Select(Quote)).Append('\n');
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append('\n');
        }

        return text.ToString();
    }

    public static string Cell(object value) => value switch
    {
        double d when double.IsNaN(d) => "",
        double d when double.IsPositiveInfinity(d) => "inf",
        double d when double.IsNegativeInfinity(d) => "-inf",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => Cell((double)f),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        string s => Quote(s),
        _ => Quote(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
