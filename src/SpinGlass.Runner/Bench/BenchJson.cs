using System.Text.Json;
using System.Text.Encodings.Web;

namespace SpinGlass.Runner.Bench;

/// <summary>
/// The JSON report: <c>{"clock": "thread-cpu", "quick": false, "kernels": [{"name", "ns_per_update", "params",
/// "runs", "min", "max", "yardstick": [{"variant", "command", "ns_per_update", "ratio"}]}]}</c>; <c>ratio</c> is
/// SpinGlass over C (above 1: SpinGlass is slower).
/// </summary>
internal static class BenchJson
{
    public static byte[] Format(IReadOnlyList<KernelReport> reports, bool quick)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("clock", ThreadCpuClock.Name);
            json.WriteBoolean("quick", quick);
            json.WriteStartArray("kernels");
            foreach (var report in reports)
            {
                WriteKernel(json, report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteKernel(Utf8JsonWriter json, KernelReport report)
    {
        json.WriteStartObject();
        json.WriteString("name", report.Kernel.Name);
        json.WriteString("unit", report.Kernel.Unit);
        json.WriteNumber("ns_per_update", Round(report.Timing.Median));
        json.WriteStartObject("params");
        foreach (var (key, value) in report.Parameters)
        {
            switch (value)
            {
                case int i:
                    json.WriteNumber(key, i);
                    break;
                case double d:
                    json.WriteNumber(key, d);
                    break;
                default:
                    json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteNumber("min", Round(report.Timing.Min));
        json.WriteNumber("max", Round(report.Timing.Max));
        json.WriteStartArray("runs");
        foreach (double run in report.Timing.Runs)
        {
            json.WriteNumberValue(Round(run));
        }

        json.WriteEndArray();
        if (report.Yardstick.Count > 0)
        {
            json.WriteStartArray("yardstick");
            foreach (var c in report.Yardstick)
            {
                json.WriteStartObject();
                json.WriteString("variant", c.Program.Variant);
                json.WriteString("command", c.Program.CommandLine);
                if (c.NsPerUpdate is double ns)
                {
                    json.WriteNumber("ns_per_update", ns);
                    json.WriteNumber("ratio", Round(report.Timing.Median / ns));
                }
                else
                {
                    json.WriteString("problem", c.Problem);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static double Round(double value) => Math.Round(value, 4);
}
