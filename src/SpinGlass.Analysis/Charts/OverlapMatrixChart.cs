using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace SpinGlass.Analysis.Charts;

/// <summary>
/// A matrix of overlaps m = (1/N) Σ_i a_i b_i as a heat map on a diverging red–white–blue scale from −1 to 1: patterns ×
/// patterns (how correlated the stored memories are) or end states × patterns (which memories a state is made of).
/// </summary>
public static class OverlapMatrixChart
{
    /// <summary>Creates the chart; row k of <paramref name="overlaps"/> is drawn as the k-th row from the top.</summary>
    public static PlotModel Create(string title, double[,] overlaps, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, string rowTitle, string columnTitle)
    {
        ArgumentNullException.ThrowIfNull(overlaps);
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        int rows = overlaps.GetLength(0), columns = overlaps.GetLength(1);
        var model = new PlotModel { Title = title, Background = OxyColors.White, DefaultFont = "DejaVu Sans", TitleFontSize = 15 };
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Bottom, Title = columnTitle, ItemsSource = columnLabels, GapWidth = 0 });
        model.Axes.Add(new CategoryAxis { Position = AxisPosition.Left, Title = rowTitle, ItemsSource = rowLabels.Reverse().ToArray(), GapWidth = 0 });
        model.Axes.Add(new LinearColorAxis
        {
            Position = AxisPosition.Right,
            Minimum = -1,
            Maximum = 1,
            Title = "overlap m",
            Palette = OxyPalette.Interpolate(201, OxyColor.FromRgb(0xb2, 0x18, 0x2b), OxyColors.White, OxyColor.FromRgb(0x21, 0x66, 0xac)),
        });
        var data = new double[columns, rows];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                data[c, rows - 1 - r] = overlaps[r, c];
            }
        }

        model.Series.Add(new HeatMapSeries
        {
            X0 = 0,
            X1 = columns - 1,
            Y0 = 0,
            Y1 = rows - 1,
            Data = data,
            Interpolate = false,
            RenderMethod = HeatMapRenderMethod.Rectangles,
            LabelFontSize = rows <= 10 && columns <= 10 ? 0.18 : 0,
            LabelFormatString = "0.00",
        });
        return model;
    }
}
