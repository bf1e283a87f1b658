using System.Globalization;
using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.Output;
using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Commands;

/// <summary>
/// <c>spinglass network</c>: stores letters, random patterns or images with a learning rule and writes the classical network as a
/// <c>network.json</c> (docs/networks.md) — checked by reading it back, written atomically, nothing written on bad input.
/// </summary>
internal static class NetworkCommand
{
    /// <summary>The grid images are resized to unless <c>--size</c> says otherwise (as <c>retrieval</c>'s model.width and height).</summary>
    public const int DefaultImageSide = 32;

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".ico", ".wbmp", ".heif", ".avif"];

    public static int Execute(NetworkCommandOptions options, TextWriter output, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        NetworkFile network;
        string json;
        try
        {
            RecallCommand.CheckWritable("--out", options.Out);
            var learning = Learning(options);
            network = Stored(options, learning);
            json = network.ToJson();
            _ = NetworkFile.Parse(json, "spinglass network");
        }
        catch (InputFileException e)
        {
            log.WriteLine($"{e.Message}; nothing was written");
            return ExitCodes.BadInput;
        }

        try
        {
            AtomicFile.WriteAllText(options.Out, json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"{options.Out}: cannot be written ({e.Message.ReplaceLineEndings(" ")}); nothing was written");
            return ExitCodes.RuntimeFailure;
        }

        string what = network.Letters is { } letters ? $"letters {letters}" : network.Names is not null ? "images" : "random patterns";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Out}: classical network, rule {LearnedNetwork.RuleName(network.Rule)}, N = {network.N}, p = {network.Patterns.Count} ({what})"));
        return ExitCodes.Success;
    }

    private static HopfieldLearning? Learning(NetworkCommandOptions options)
    {
        var rule = options.Rule is null ? LearningRule.Hebb : NetworkLearning.Rule(options.Rule)
            ?? throw new InputFileException($"--rule: '{options.Rule}' is not one of {string.Join(", ", NetworkLearning.Words.Select(w => w.Word))}");
        if (options.Coding is double a && !(a > 0 && a <= NetworkLearning.MaxCoding))
        {
            throw new InputFileException($"--coding: {a.ToString(CultureInfo.InvariantCulture)} is not a coding level (the fraction of active units) in (0, {NetworkLearning.MaxCoding.ToString(CultureInfo.InvariantCulture)}]");
        }

        if (options.Threshold is double t && (rule != LearningRule.Covariance || !(Math.Abs(t) <= NetworkLearning.MaxThreshold)))
        {
            throw new InputFileException(rule != LearningRule.Covariance
                ? $"--threshold: belongs to --rule covariance (its 0/1 neurons); rule {LearnedNetwork.RuleName(rule)} has none"
                : $"--threshold: must lie in -{NetworkLearning.MaxThreshold} … {NetworkLearning.MaxThreshold}");
        }

        var settings = new LearningOptions(options.Coding, options.Threshold, options.SelfCoupling);
        return rule == LearningRule.Hebb && settings == LearningOptions.Default ? null : new HopfieldLearning(rule, settings);
    }

    private static NetworkFile Stored(NetworkCommandOptions options, HopfieldLearning? learning)
    {
        int sources = (options.Letters is null ? 0 : 1) + (options.Random is null ? 0 : 1) + (options.Images is null ? 0 : 1);
        if (sources != 1)
        {
            throw new InputFileException("spinglass network: give exactly one of --letters A-Z, --random N,p or --images DIR-or-files");
        }

        if (options.Seed is not null && options.Random is null)
        {
            throw new InputFileException("--seed: seeds --random patterns only");
        }

        if (options.Size is not null && options.Images is null)
        {
            throw new InputFileException("--size: sizes --images only (letters are 10×10; --random N,p has no grid)");
        }

        if (options.Letters is { } spec)
        {
            string letters = LetterSpec.Parse(spec, "--letters");
            return Classical(LetterPatterns.Width, LetterPatterns.Height, [.. letters.Select(c => LetterPatterns.Letter(c).ToArray())], letters, null, learning);
        }

        if (options.Random is { } random)
        {
            var (n, p) = RandomSize(random);
            double bias = options.Coding is double a ? 2 * a - 1 : 0;
            return Classical(0, 0, Rows(PatternSet.Random(n, p, new Xoshiro256StarStar(options.Seed ?? 1), bias)), null, null, learning);
        }

        var (width, height) = Size(options.Size);
        var files = ImageFilesOf(options.Images!);
        if ((long)width * height * files.Count > NetworkFile.MaxEntries)
        {
            throw new InputFileException($"--images: {files.Count} images of {width}×{height} are more than {NetworkFile.MaxEntries} pattern entries");
        }

        try
        {
            var images = ImagePatterns.Load(files, width, height);
            return Classical(width, height, Rows(images.Patterns), null, images.Names, learning);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException)
        {
            throw new InputFileException($"--images: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static NetworkFile Classical(int width, int height, List<sbyte[]> patterns, string? letters, IReadOnlyList<string>? names, HopfieldLearning? learning) =>
        new(NetworkKind.Classical, NeuronCoding.Spin, Interaction.Polynomial, 3, 1, width, height, patterns, letters, names, learning);

    private static List<sbyte[]> Rows(PatternSet set)
    {
        var patterns = new List<sbyte[]>(set.P);
        for (int mu = 0; mu < set.P; mu++)
        {
            var pattern = new sbyte[set.N];
            set.CopyPattern(mu, pattern);
            patterns.Add(pattern);
        }

        return patterns;
    }

    private static (int N, int P) RandomSize(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int p)
            || n < 1 || p < 1 || n > NetworkFile.MaxNeurons || (long)n * p > NetworkFile.MaxEntries)
        {
            throw new InputFileException(
                $"--random: '{text}' is not N,p (neurons and patterns, e.g. 100,10) with 1 ≤ N ≤ {NetworkFile.MaxNeurons}, p ≥ 1 and N·p ≤ {NetworkFile.MaxEntries}");
        }

        return (n, p);
    }

    private static (int Width, int Height) Size(string? text)
    {
        if (text is null)
        {
            return (DefaultImageSide, DefaultImageSide);
        }

        string[] parts = text.ToLowerInvariant().Split(['x', '×']);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            && w is >= 2 and <= 1024 && h is >= 2 and <= 1024
            ? (w, h)
            : throw new InputFileException($"--size: '{text}' is not WxH with 2 … 1024 pixels a side, e.g. 32x32");
    }

    /// <summary>A directory's image files (by extension, in ordinal order), or comma-separated files and globs relative to here.</summary>
    private static List<string> ImageFilesOf(string spec)
    {
        var files = Directory.Exists(spec)
            ? [.. Directory.GetFiles(spec).Where(f => ImageExtensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal)]
            : ImageFiles.Resolve(Path.Combine(Environment.CurrentDirectory, "spinglass"), spec).ToList();
        if (files.Count == 0)
        {
            throw new InputFileException($"--images: '{spec}' names no image file; give a directory of images or comma-separated files or globs, e.g. 'images/*.png'");
        }

        return files;
    }
}
