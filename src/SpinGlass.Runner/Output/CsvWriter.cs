using System.Globalization;
using System.Text;
using SpinGlass.Analysis.Experiments;

namespace SpinGlass.Runner.Output;

/// <summary>Formats a <see cref="ResultTable"/> as CSV: header row, invariant culture, shortest round-trip doubles,
/// empty cells for values that do not exist (NaN).</summary>
internal static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Format(ResultTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(table, text);
        return text.ToString();
    }

    /// <summary>Writes the table row by row (a merge of many points never holds the whole CSV as one string).</summary>
    public static void Write(ResultTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Write(table, writer);
    }

    private static void Write(ResultTable table, TextWriter writer)
    {
        writer.Write(string.Join(',', table.Columns.Select(Quote)));
        writer.Write('\n');
        foreach (var row in table.Rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Cell(row[i]));
            }

            writer.Write('\n');
        }
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
