using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Config;

namespace SpinGlass.Runner.Output;

/// <summary>Writes a finished run's files into its out dir: results.csv, extra tables, summary.json and charts.</summary>
internal static class RunOutputWriter
{
    public static IReadOnlyList<string> Write(
        string outDirectory, ResolvedConfig config, OutputDeclaration outputs, IReadOnlyList<PointRecord> points, ExperimentOutput output, DateTimeOffset started, bool charts)
    {
        var written = new List<string>();
        void Text(string name, string content)
        {
            string path = Path.Combine(outDirectory, name);
            AtomicFile.WriteAllText(path, content);
            written.Add(path);
        }

        void Csv(string name, ResultTable table)
        {
            string path = Path.Combine(outDirectory, name);
            AtomicFile.Write(path, stream => CsvWriter.Write(table, stream));
            written.Add(path);
        }

        Csv("results.csv", output.Results);
        foreach (var (name, table) in output.Tables)
        {
            Csv(name, table);
        }

        if (charts)
        {
            foreach (var (name, factory) in output.Charts)
            {
                var model = factory();
                string png = Path.Combine(outDirectory, name + ".png"), svg = Path.Combine(outDirectory, name + ".svg");
                ChartExporter.ExportPng(model, png);
                ChartExporter.ExportSvg(model, svg);
                written.Add(png);
                written.Add(svg);
            }
        }

        Text("summary.json", SummaryWriter.Format(config, outputs, points, output, started, DateTimeOffset.UtcNow));
        return written;
    }
}
