using OxyPlot;
using SkiaSharp;

namespace SpinGlass.Runner.Output;

/// <summary>Exports chart models as PNG (SkiaSharp, headless) and SVG.</summary>
internal static class ChartExporter
{
    public const int Width = 900;
    public const int Height = 600;

    /// <summary>Null when a font is available; otherwise a message that says how to get one.</summary>
    public static string? MissingFontProblem()
    {
        using var typeface = SKFontManager.Default.MatchFamily("DejaVu Sans") ?? SKFontManager.Default.MatchCharacter('A');
        return typeface is null || SKFontManager.Default.FontFamilyCount == 0
            ? "no system font was found, so PNG charts cannot be drawn; install one (Debian/Ubuntu: apt-get install -y fonts-dejavu-core) or run with --no-charts"
            : null;
    }

    public static void ExportPng(PlotModel model, string path) =>
        AtomicFile.Write(path, stream => new OxyPlot.SkiaSharp.PngExporter { Width = Width, Height = Height }.Export(model, stream));

    public static void ExportSvg(PlotModel model, string path) =>
        AtomicFile.Write(path, stream => new SvgExporter { Width = Width, Height = Height }.Export(model, stream));

    /// <summary>Exports as <paramref name="format"/> (png, svg or pdf) at the given size in pixels (PDF: points).</summary>
    public static void Export(PlotModel model, string path, string format, int width, int height) =>
        AtomicFile.Write(path, stream =>
        {
            switch (format)
            {
                case "png":
                    new OxyPlot.SkiaSharp.PngExporter { Width = width, Height = height }.Export(model, stream);
                    break;
                case "pdf":
                    new OxyPlot.SkiaSharp.PdfExporter { Width = width, Height = height }.Export(model, stream);
                    break;
                default:
                    new SvgExporter { Width = width, Height = height }.Export(model, stream);
                    break;
            }
        });
}
