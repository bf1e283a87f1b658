using SkiaSharp;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;

namespace SpinGlass.Runner.Tests.Config;

/// <summary>A config of images is fingerprinted with the images' bytes: an edited picture cannot resume an old run's points.</summary>
public sealed class ImageFingerprintTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("image-fingerprint").FullName;

    [Fact]
    public void Editing_adding_or_renaming_an_image_changes_the_fingerprint_and_letters_are_unaffected()
    {
        Png("a.png", 10);
        Png("b.png", 20);
        const string config = "experiment: retrieval\nmodel: { patterns: images, files: \"*.png\", width: 8, height: 8 }\n";
        string first = Fingerprint(config);
        Assert.Equal(first, Fingerprint(config));

        Png("b.png", 25);
        string edited = Fingerprint(config);
        Assert.NotEqual(first, edited);

        Png("c.png", 5);
        string added = Fingerprint(config);
        Assert.NotEqual(edited, added);

        File.Move(Path.Combine(_root, "c.png"), Path.Combine(_root, "d.png"));
        Assert.NotEqual(added, Fingerprint(config));

        // configs without images hash as before: files is empty and adds nothing
        const string letters = "experiment: retrieval\nmodel: { patterns: letters, letters: ABC }\n";
        string before = Fingerprint(letters);
        Png("e.png", 7);
        Assert.Equal(before, Fingerprint(letters));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Fingerprint(string yaml)
    {
        string path = Path.Combine(_root, "test.yaml");
        File.WriteAllText(path, yaml);
        var result = ConfigLoader.Load(path, [], ExperimentCatalog.Schemas);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Config!.Fingerprint;
    }

    private void Png(string name, int bar)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(32, 32, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var black = new SKPaint { Color = SKColors.Black };
            canvas.DrawRect(SKRect.Create(bar, 0, 4, 32), black);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(_root, name), data.ToArray());
    }
}
