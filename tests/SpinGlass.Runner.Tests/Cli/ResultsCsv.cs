using System.Globalization;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>A run's results.csv as rows of its numeric cells by column name (empty and text cells left out).</summary>
internal static class ResultsCsv
{
    public static List<Dictionary<string, double>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var rows = new List<Dictionary<string, double>>();
        foreach (string line in lines.Skip(1))
        {
            var cells = line.Split(',');
            var row = new Dictionary<string, double>(StringComparer.Ordinal);
            for (int k = 0; k < header.Length; k++)
            {
                if (double.TryParse(cells[k], NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
                {
                    row[header[k]] = value;
                }
            }

            rows.Add(row);
        }

        return rows;
    }
}
