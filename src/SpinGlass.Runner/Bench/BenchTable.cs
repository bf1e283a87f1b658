using System.Globalization;

namespace SpinGlass.Runner.Bench;

/// <summary>The plain-text table of <c>spinglass bench</c>: kernel, ns per update (median, min–max), C figures and ratios, params.</summary>
internal static class BenchTable
{
    /// <summary>The kernel column: as wide as the longest kernel name, so rows written as they finish line up.</summary>
    private static readonly int NameWidth = BenchKernels.All.Max(k => k.Name.Length);

    public static void WriteHeader(TextWriter output, bool withYardstick)
    {
        string kernel = "kernel".PadRight(NameWidth);
        output.WriteLine(withYardstick
            ? $"{kernel} {"ns/update",10} {"min–max",15}  {"C variant",-15} {"C ns",8} {"ratio",7}  params"
            : $"{kernel} {"ns/update",10} {"min–max",15}  params");
    }

    public static void WriteRow(TextWriter output, KernelReport report, bool withYardstick)
    {
        var t = report.Timing;
        string spread = $"{Number(t.Min)}–{Number(t.Max)}";
        string parameters = string.Join(' ', report.Parameters.Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));
        string head = $"{report.Kernel.Name.PadRight(NameWidth)} {Number(t.Median),10} {spread,15}  ";
        if (!withYardstick)
        {
            output.WriteLine(head + parameters);
            return;
        }

        if (report.Yardstick.Count == 0)
        {
            output.WriteLine($"{head}{"—",-15} {"",8} {"",7}  {parameters}");
            return;
        }

        for (int k = 0; k < report.Yardstick.Count; k++)
        {
            var c = report.Yardstick[k];
            string cNs = c.NsPerUpdate is double ns ? Number(ns) : "n/a";
            string ratio = c.NsPerUpdate is double d ? Ratio(t.Median / d) : "";
            string line = $"{c.Program.Variant,-15} {cNs,8} {ratio,7}";
            output.WriteLine(k == 0 ? $"{head}{line}  {parameters}" : $"{new string(' ', head.Length)}{line}");
        }
    }

    private static string Ratio(double value) => value.ToString(value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture) + "×";

    private static string Number(double value) => value.ToString(value >= 100 ? "F0" : value >= 1 ? "F2" : "F4", CultureInfo.InvariantCulture);
}
