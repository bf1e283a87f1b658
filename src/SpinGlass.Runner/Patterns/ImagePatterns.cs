using SkiaSharp;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Runner.Patterns;

/// <summary>
/// Turns image files (PNG, JPEG, WebP, GIF, BMP, … — whatever SkiaSharp decodes) into patterns <c>ξ_i = ±1</c>:
/// composite on white, convert to luma, average over the cells of a <c>width×height</c> grid, binarise dark → +1 (on),
/// light → −1 (off).
/// </summary>
/// <remarks>
/// <para>The image is stretched to the grid (no letterboxing) by exact area averaging: a cell's luma is the mean
/// over the image pixels it covers, so a reduction neither drops thin strokes nor bleeds across cell borders.
/// Transparent pixels count as white paper.</para>
/// <para>Luma is <c>Y = 0.2126 R + 0.7152 G + 0.0722 B</c> (Rec. 709 weights on the stored sRGB values), in
/// [0, 1]. A pixel is on when <c>Y &lt; Ȳ − 1/512</c>, with <c>Ȳ</c> the mean luma of the resized image. The
/// mean, not a fixed 0.5, because a thin dark stroke on white becomes light grey after a strong reduction
/// (e.g. <c>Y ≈ 0.8</c>) and a fixed threshold would erase it, while it stays darker than the mostly white
/// mean. The 1/512 margin (half a grey level) keeps a uniform image, and rounding noise, all off.</para>
/// </remarks>
internal static class ImagePatterns
{
    private const double Margin = 1.0 / 512;

    /// <summary>Loads each image as one pattern over <c>N = width·height</c> neurons.</summary>
    /// <param name="paths">The image files, one pattern each, in order.</param>
    /// <param name="width">The grid width <c>≥ 1</c>.</param>
    /// <param name="height">The grid height <c>≥ 1</c>.</param>
    /// <exception cref="FileNotFoundException">A file does not exist (the message names the path).</exception>
    /// <exception cref="InvalidDataException">A file is not a decodable image (the message names the path).</exception>
    public static ImagePatternSet Load(IReadOnlyList<string> paths, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0)
        {
            throw new ArgumentException("Name at least one image file.", nameof(paths));
        }

        RequireGrid(width, height);
        int n = width * height;
        var data = new sbyte[paths.Count * n];
        var names = new string[paths.Count];
        for (int mu = 0; mu < paths.Count; mu++)
        {
            LoadPixels(paths[mu], width, height).CopyTo(data, mu * n);
            names[mu] = Path.GetFileName(paths[mu]);
        }

        return new ImagePatternSet(new PatternSet(n, data), names, width, height);
    }

    /// <summary>One image as <c>width·height</c> pixels <c>ξ_i = ±1</c>, row-major.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a decodable image.</exception>
    public static sbyte[] LoadPixels(string path, int width, int height) => Binarise(Luma(path, width, height));

    /// <summary>The luma <c>Y ∈ [0, 1]</c> of the image resized to <c>width×height</c>, row-major.</summary>
    public static double[] Luma(string path, int width, int height)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        RequireGrid(width, height);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The image file '{Path.GetFullPath(path)}' does not exist.", path);
        }

        using var codec = SKCodec.Create(path)
            ?? throw new InvalidDataException($"The file '{Path.GetFullPath(path)}' is not an image SkiaSharp can decode (PNG, JPEG, WebP, GIF, BMP, ICO, WBMP).");
        return Luma(codec, $"The image file '{Path.GetFullPath(path)}'", width, height, long.MaxValue);
    }

    /// <summary>
    /// The luma of an image held in memory (an upload), resized as <see cref="Luma(string, int, int)"/> does; an image of more
    /// than <paramref name="maxPixels"/> pixels is refused before it is decoded.
    /// </summary>
    /// <exception cref="InvalidDataException">The bytes are not an image SkiaSharp can decode, or it is too large.</exception>
    public static double[] Luma(byte[] image, string name, int width, int height, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(image);
        RequireGrid(width, height);
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data)
            ?? throw new InvalidDataException($"{name} is not an image SkiaSharp can decode (PNG, JPEG, WebP, GIF, BMP, ICO, WBMP).");
        return Luma(codec, name, width, height, maxPixels);
    }

    private static double[] Luma(SKCodec codec, string name, int width, int height, long maxPixels)
    {
        if ((long)codec.Info.Width * codec.Info.Height > maxPixels)
        {
            throw new InvalidDataException($"{name} is {codec.Info.Width}×{codec.Info.Height} pixels; at most {maxPixels} are decoded");
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = SKBitmap.Decode(codec, info)
            ?? throw new InvalidDataException($"{name} could not be decoded.");
        var rgba = bitmap.GetPixelSpan();
        var luma = new double[info.Width * info.Height];
        for (int k = 0; k < luma.Length; k++)
        {
            // Premultiplied colour over white paper: c + (255 − α) per channel.
            int paper = 255 - rgba[4 * k + 3];
            luma[k] = (0.2126 * (rgba[4 * k] + paper) + 0.7152 * (rgba[4 * k + 1] + paper) + 0.0722 * (rgba[4 * k + 2] + paper)) / 255.0;
        }

        return AreaResampler.Resample(luma, info.Width, info.Height, width, height);
    }

    /// <summary>Pixels <c>ξ_i = +1</c> where <c>Y_i &lt; Ȳ − 1/512</c> (darker than the mean), else −1.</summary>
    public static sbyte[] Binarise(ReadOnlySpan<double> luma)
    {
        double mean = 0;
        foreach (double y in luma)
        {
            mean += y;
        }

        mean /= Math.Max(luma.Length, 1);
        var pixels = new sbyte[luma.Length];
        for (int i = 0; i < luma.Length; i++)
        {
            pixels[i] = luma[i] < mean - Margin ? (sbyte)1 : (sbyte)-1;
        }

        return pixels;
    }

    private static void RequireGrid(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)width * height, 1L << 24, nameof(width));
    }
}
