using SkiaSharp;

namespace SpinGlass.Lab.Tests;

/// <summary>Small PNG files drawn with SkiaSharp for the upload tests.</summary>
internal static class TestImages
{
    public static string Ring(string path, int width, int height) => Draw(path, width, height, canvas =>
    {
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Min(width, height) / 6f, IsAntialias = true };
        canvas.DrawOval(width / 2f, height / 2f, width / 3f, height / 3f, paint);
    });

    public static string Bar(string path, int width, int height) => Draw(path, width, height, canvas =>
    {
        using var paint = new SKPaint { Color = SKColors.Black };
        canvas.DrawRect(width / 3f, 0, width / 3f, height, paint);
    });

    public static string Draw(string path, int width, int height, Action<SKCanvas> draw)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            draw(canvas);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
        return path;
    }
}
