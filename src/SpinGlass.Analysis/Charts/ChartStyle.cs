using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace SpinGlass.Analysis.Charts;

/// <summary>The house style of SpinGlass charts: titled axes, a legend, a fixed colour cycle, error-bar series.</summary>
public static class ChartStyle
{
    private static readonly OxyColor[] Palette =
    [
        OxyColor.FromRgb(0x1f, 0x77, 0xb4), OxyColor.FromRgb(0xd6, 0x27, 0x28), OxyColor.FromRgb(0x2c, 0xa0, 0x2c),
        OxyColor.FromRgb(0xff, 0x7f, 0x0e), OxyColor.FromRgb(0x94, 0x67, 0xbd), OxyColor.FromRgb(0x8c, 0x56, 0x4b),
        OxyColor.FromRgb(0xe3, 0x77, 0xc2), OxyColor.FromRgb(0x17, 0xbe, 0xcf),
    ];

    /// <summary>The k-th colour of the cycle.</summary>
    public static OxyColor Color(int k) => Palette[((k % Palette.Length) + Palette.Length) % Palette.Length];

    /// <summary>A white plot with a title, titled linear axes and a legend inside the top-right corner.</summary>
    public static PlotModel Create(string title, string xTitle, string yTitle, LegendPosition legend = LegendPosition.RightTop)
    {
        var model = new PlotModel
        {
            Title = title,
            Background = OxyColors.White,
            DefaultFont = "DejaVu Sans",
            TitleFontSize = 15,
        };
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Bottom, Title = xTitle, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd) });
        model.Axes.Add(new LinearAxis { Position = AxisPosition.Left, Title = yTitle, MajorGridlineStyle = LineStyle.Dot, MajorGridlineColor = OxyColor.FromRgb(0xdd, 0xdd, 0xdd) });
        model.Legends.Add(new Legend
        {
            LegendPosition = legend,
            LegendPlacement = LegendPlacement.Inside,
            LegendBackground = OxyColor.FromAColor(220, OxyColors.White),
            LegendBorder = OxyColors.Gray,
        });
        return model;
    }

    /// <summary>Measured values with vertical error bars.</summary>
    public static ScatterErrorSeries Data(string title, OxyColor color) => new()
    {
        Title = title,
        MarkerType = MarkerType.Circle,
        MarkerSize = 3,
        MarkerFill = color,
        ErrorBarColor = color,
        ErrorBarStrokeThickness = 1,
        ErrorBarStopWidth = 2,
    };

    /// <summary>A theory or exact curve.</summary>
    public static LineSeries Theory(string title, OxyColor color, LineStyle style = LineStyle.Dash) => new()
    {
        Title = title,
        Color = color,
        LineStyle = style,
        StrokeThickness = 1.5,
    };
}
