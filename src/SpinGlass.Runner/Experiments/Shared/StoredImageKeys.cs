using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// Where a recall experiment's patterns come from, declared once: random patterns, the built-in letters or the user's
/// pictures (<c>model.patterns</c>, <c>model.letters</c>, <c>model.files</c>, <c>model.width</c>, <c>model.height</c>).
/// </summary>
internal static class StoredImageKeys
{
    public static ConfigKey<PatternSource> Patterns { get; } = Key.Choice<PatternSource>(
        "model.patterns", "random, letters (10×10 bitmaps, N = 100) or images (your pictures). The default is random.", PatternSource.Random);

    public static ConfigKey<string> Letters { get; } = Key.Text("model.letters", "Letters to store (patterns: letters). The default is ABCDE.", "ABCDE");

    public static ConfigKey<string> Files { get; } =
        Key.Text("model.files", "Image files (patterns: images): comma-separated paths or file globs, relative to the config.", "")
            .With(spec => spec with { NamesFiles = true });

    public static ConfigKey<int> Width { get; } = Key.Int("model.width", "Grid width images are resized to. The default is 32.", 32, min: 2, max: 1024);

    public static ConfigKey<int> Height { get; } = Key.Int("model.height", "Grid height images are resized to. The default is 32.", 32, min: 2, max: 1024);

    /// <summary>The keys that describe fixed images: letters, files and the grid.</summary>
    public static IReadOnlyList<ConfigKey> Images { get; } = [Letters, Files, Width, Height];

    /// <summary>The fixed images the config names, or null for random patterns.</summary>
    public static StoredImages? Load(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        switch (config.Get(Patterns))
        {
            case PatternSource.Letters:
                string letters = config.Get(Letters).ToUpperInvariant();
                return new StoredImages(LetterPatterns.Create(letters), LetterPatterns.Width, LetterPatterns.Height, [.. letters.Select(c => c.ToString())]);
            case PatternSource.Images:
                var loaded = ImagePatterns.Load(ImageFiles.Resolve(config.SourcePath, config.Get(Files)), config.Get(Width), config.Get(Height));
                return new StoredImages(loaded.Patterns, loaded.Width, loaded.Height, loaded.Names);
            default:
                return null;
        }
    }

    /// <summary>
    /// Letters that are not built in and image globs that name no file; for fixed images, every key of
    /// <paramref name="sizeKeys"/> given (the size and the number of patterns follow from the images).
    /// </summary>
    public static IEnumerable<(string Path, string Message)> Check(ResolvedConfig config, IEnumerable<ConfigKey> sizeKeys)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sizeKeys);
        var source = config.Get(Patterns);
        if (source == PatternSource.Random)
        {
            yield break;
        }

        string word = ConfigWords.Of(source);
        foreach (var key in sizeKeys.Where(config.IsGiven))
        {
            yield return (key.Path, $"the size and the number of patterns follow from the {word}; remove {key.Path} or use patterns: random");
        }

        if (source == PatternSource.Letters)
        {
            string letters = config.Get(Letters);
            if (letters.Length == 0 || !letters.All(LetterPatterns.Contains))
            {
                yield return (Letters.Path, $"'{letters}' must be one or more of the built-in letters {LetterPatterns.Available}");
            }
        }
        else
        {
            foreach (string message in ImageFiles.Check(config.SourcePath, config.Get(Files)))
            {
                yield return (Files.Path, message);
            }
        }
    }

    /// <summary>
    /// The size of the fixed images the config names: the key that names them (<c>model.letters</c> or
    /// <c>model.files</c>), N = width·height (100 for letters) and the number of images; null for random patterns.
    /// </summary>
    public static (string Path, long N, long Count)? Size(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Get(Patterns) switch
        {
            PatternSource.Letters => (Letters.Path, (long)LetterPatterns.Width * LetterPatterns.Height, config.Get(Letters).Length),
            PatternSource.Images => (Files.Path, (long)config.Get(Width) * config.Get(Height), ImageFiles.Resolve(config.SourcePath, config.Get(Files)).Count),
            _ => null,
        };
    }

    /// <summary>
    /// The grid of the fixed images the config names (10×10 for letters, <c>model.width</c>×<c>model.height</c> for
    /// images) and their names (the letters, the image files' names), without loading any image; null for random patterns.
    /// </summary>
    public static (int Width, int Height, IReadOnlyList<string> Names)? Grid(ResolvedConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Get(Patterns) switch
        {
            PatternSource.Letters => (LetterPatterns.Width, LetterPatterns.Height, [.. config.Get(Letters).ToUpperInvariant().Select(c => c.ToString())]),
            PatternSource.Images => (config.Get(Width), config.Get(Height), [.. ImageFiles.Resolve(config.SourcePath, config.Get(Files)).Select(Path.GetFileName).OfType<string>()]),
            _ => null,
        };
    }

    /// <summary>
    /// The memory check of fixed images, at <c>model.letters</c> or <c>model.files</c>: the images held once
    /// (<paramref name="shared"/> of N and the number of images; the default is <see cref="TrialMemory.ImagesShared"/>), a
    /// network's state per concurrent trial (<paramref name="perTrial"/>; the default is <see cref="TrialMemory.ImagesTrial"/>)
    /// and the gallery examples every point keeps (when <paramref name="gallery"/>). Nothing when they name no image.
    /// </summary>
    public static IEnumerable<(string Path, string Message)> CheckMemory(
        ResolvedConfig config, Func<long, long, long>? perTrial = null, Func<long, long, long>? shared = null, bool gallery = true)
    {
        if (Size(config) is not { } size || size.Count == 0)
        {
            return [];
        }

        var (path, n, p) = size;
        perTrial ??= TrialMemory.ImagesTrial;
        shared ??= TrialMemory.ImagesShared;
        return HopfieldModelKeys.CheckMemory(
            n, p, path, () => perTrial(n, p), config.ConcurrentTrials, MemoryBudget.Available,
            shared: shared(n, p), retained: gallery ? config.PointCount * (double)TrialMemory.ImageExamples(n, p, config.Trials) : 0,
            advice: "use fewer or smaller images (model.width, model.height), or --threads");
    }
}
