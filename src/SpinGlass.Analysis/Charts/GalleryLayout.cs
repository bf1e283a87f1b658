namespace SpinGlass.Analysis.Charts;

/// <summary>The gaps of a pattern gallery, in image pixels, for panels of <c>width×height</c> pixels.</summary>
internal readonly record struct GalleryLayout(int Width, int Height)
{
    public const double LabelFontSize = 12;
    public const double CaptionFontSize = 11;

    /// <summary>Screen space between a row label and its first panel, and below a caption.</summary>
    public const double TextPadding = 8;

    public double GapX => Math.Max(1, 0.3 * Width);

    public double GapY => Math.Max(1, 0.25 * Height);

    public static double CaptionBand => CaptionFontSize * 1.25 + TextPadding / 2;
}
