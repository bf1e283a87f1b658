using OxyPlot;
using OxyPlot.Annotations;

namespace SpinGlass.Analysis.Charts;

/// <summary>Draws the gallery in screen coordinates at render time, so that its pixels stay square.</summary>
internal sealed class GalleryAnnotation(GalleryRow[] rows, int width, int height) : Annotation
{
    private static readonly OxyColor Frame = OxyColor.FromRgb(0xaa, 0xaa, 0xaa);
    private static readonly OxyColor CaptionColor = OxyColor.FromRgb(0x44, 0x44, 0x44);

    private readonly GalleryLayout _layout = new(width, height);

    public override void Render(IRenderContext rc)
    {
        var area = PlotModel.PlotArea;
        string font = PlotModel.DefaultFont;
        double labelWidth = 0;
        foreach (var row in rows)
        {
            labelWidth = Math.Max(labelWidth, rc.MeasureText(row.Label, font, GalleryLayout.LabelFontSize, FontWeights.Normal).Width);
        }

        labelWidth = labelWidth > 0 ? Math.Ceiling(labelWidth + GalleryLayout.TextPadding) : 0;
        var captioned = new bool[rows.Length];
        int bands = 0;
        int columns = 0;
        for (int r = 0; r < rows.Length; r++)
        {
            captioned[r] = rows[r].Panels.Any(p => p.Caption.Length > 0) && (r == 0 || !SameCaptions(rows[r], rows[r - 1]));
            bands += captioned[r] ? 1 : 0;
            columns = Math.Max(columns, rows[r].Panels.Count);
        }

        double unitsX = columns * width + (columns - 1) * _layout.GapX;
        double unitsY = rows.Length * height + (rows.Length - 1) * _layout.GapY;
        double pixel = Math.Min((area.Width - labelWidth - 2) / unitsX, (area.Height - bands * GalleryLayout.CaptionBand - 2) / unitsY);
        if (pixel <= 0)
        {
            return;
        }

        pixel = pixel >= 2 ? Math.Floor(pixel) : pixel;
        double left = Math.Round(area.Left + (area.Width - labelWidth - unitsX * pixel) / 2) + labelWidth;
        double top = Math.Round(area.Top + (area.Height - bands * GalleryLayout.CaptionBand - unitsY * pixel) / 2);
        for (int r = 0; r < rows.Length; r++)
        {
            top += captioned[r] ? GalleryLayout.CaptionBand : 0;
            RenderRow(rc, font, rows[r], left, top, pixel, captioned[r]);
            top += (height + _layout.GapY) * pixel;
        }
    }

    private void RenderRow(IRenderContext rc, string font, GalleryRow row, double left, double top, double pixel, bool captioned)
    {
        rc.DrawText(
            new ScreenPoint(left - GalleryLayout.TextPadding, top + height * pixel / 2), row.Label, OxyColors.Black, font,
            GalleryLayout.LabelFontSize, FontWeights.Normal, 0, HorizontalAlignment.Right, VerticalAlignment.Middle);
        var runs = new List<OxyRect>();
        for (int k = 0; k < row.Panels.Count; k++)
        {
            double x0 = Math.Round(left + k * (width + _layout.GapX) * pixel);
            var panel = new OxyRect(x0, top, width * pixel, height * pixel);
            rc.DrawRectangle(panel.Inflate(1, 1), OxyColors.White, Frame, 1, EdgeRenderingMode.PreferSharpness);
            if (captioned)
            {
                rc.DrawText(
                    new ScreenPoint(x0 + width * pixel / 2, top - GalleryLayout.TextPadding / 2), row.Panels[k].Caption, CaptionColor, font,
                    GalleryLayout.CaptionFontSize, FontWeights.Normal, 0, HorizontalAlignment.Center, VerticalAlignment.Bottom);
            }

            AddRuns(runs, row.Panels[k].Pixels.Span, x0, top, pixel);
        }

        rc.DrawRectangles(runs, OxyColors.Black, OxyColors.Undefined, 0, EdgeRenderingMode.PreferSharpness);
    }

    // Horizontal runs of on-pixels, one rectangle each: fewer SVG elements, and no seams inside a stroke.
    private void AddRuns(List<OxyRect> runs, ReadOnlySpan<sbyte> pixels, double x0, double y0, double pixel)
    {
        for (int row = 0; row < height; row++)
        {
            int col = 0;
            while (col < width)
            {
                if (pixels[row * width + col] < 0)
                {
                    col++;
                    continue;
                }

                int start = col;
                while (col < width && pixels[row * width + col] > 0)
                {
                    col++;
                }

                runs.Add(new OxyRect(x0 + start * pixel, y0 + row * pixel, (col - start) * pixel, pixel));
            }
        }
    }

    private static bool SameCaptions(GalleryRow a, GalleryRow b) =>
        a.Panels.Select(p => p.Caption).SequenceEqual(b.Panels.Select(p => p.Caption), StringComparer.Ordinal);
}
