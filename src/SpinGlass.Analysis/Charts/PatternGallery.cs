using OxyPlot;
using OxyPlot.Axes;

namespace SpinGlass.Analysis.Charts;

/// <summary>
/// A gallery of binary images <c>s_i = ±1</c> (stored patterns, cues, recalled states): one row per
/// <see cref="GalleryRow"/>, its label on the left, its panels side by side with captions above.
/// </summary>
/// <remarks>
/// <para>Pixels are drawn as squares, +1 black and −1 white inside a thin grey frame, with the first image row
/// at the top (the row-major order of <see cref="GalleryPanel.Pixels"/>). The layout is computed when the model
/// is rendered, from the actual plot area: the pixel size is the largest that fits (rounded down to whole
/// screen pixels from 2 up, for crisp PNGs) and the gallery is centred, so pixels stay square at any export
/// size; an export whose aspect ratio is close to <see cref="PreferredAspectRatio"/> wastes the least space.</para>
/// <para>Captions are drawn above the first row, and above any later row whose captions differ from the row
/// before it (so a recall table gets column headings, a letter sheet gets a caption per image).</para>
/// </remarks>
public static class PatternGallery
{
    /// <summary>Creates the gallery.</summary>
    /// <param name="title">The chart title.</param>
    /// <param name="rows">The rows, top to bottom; at least one, each with at least one panel.</param>
    /// <param name="width">The image width in pixels; each panel holds <c>width·height</c> pixels.</param>
    /// <param name="height">The image height in pixels.</param>
    /// <exception cref="ArgumentException">A row is empty or a panel has the wrong size or a value other than ±1.</exception>
    public static PlotModel Create(string title, IReadOnlyList<GalleryRow> rows, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A gallery needs at least one row.", nameof(rows));
        }

        for (int r = 0; r < rows.Count; r++)
        {
            Validate(rows[r], r, width * height);
        }

        var model = new PlotModel
        {
            Title = title,
            Background = OxyColors.White,
            DefaultFont = "DejaVu Sans",
            TitleFontSize = 15,
            PlotAreaBorderThickness = new OxyThickness(0),
            PlotMargins = new OxyThickness(4),
        };
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, IsAxisVisible = false, IsZoomEnabled = false, IsPanEnabled = false });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, IsAxisVisible = false, IsZoomEnabled = false, IsPanEnabled = false });
        model.Annotations.Add(new GalleryAnnotation([.. rows], width, height));
        return model;
    }

    /// <summary>
    /// The aspect ratio (width/height) of the gallery itself, ignoring the label column, captions and title:
    /// <c>(c·w + (c−1)·g_x) / (r·h + (r−1)·g_y)</c> for <c>r</c> rows of <c>c</c> panels of <c>w×h</c> pixels and
    /// the gaps <c>g</c> between them.
    /// </summary>
    public static double PreferredAspectRatio(int rowCount, int panelCount, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(panelCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        var layout = new GalleryLayout(width, height);
        return (panelCount * width + (panelCount - 1) * layout.GapX) / (rowCount * height + (rowCount - 1) * layout.GapY);
    }

    private static void Validate(GalleryRow row, int r, int n)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Panels is null || row.Panels.Count == 0)
        {
            throw new ArgumentException($"Gallery row {r} ('{row.Label}') has no panels.", nameof(row));
        }

        foreach (var panel in row.Panels)
        {
            var pixels = panel.Pixels.Span;
            if (pixels.Length != n)
            {
                throw new ArgumentException($"Gallery row {r}, panel '{panel.Caption}': {pixels.Length} pixels, expected {n}.", nameof(row));
            }

            foreach (sbyte s in pixels)
            {
                if (s is not (1 or -1))
                {
                    throw new ArgumentException($"Gallery row {r}, panel '{panel.Caption}': pixel value {s} is not ±1.", nameof(row));
                }
            }
        }
    }
}
