using System.Text.Json;
using System.Text.Json.Nodes;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Lab;

/// <summary>The stored sets the lab offers: the built-in letters, random patterns, uploaded images (as ±1 grids).</summary>
internal static class LabPatterns
{
    /// <summary><c>GET /api/letters</c>: every built-in letter as a grid.</summary>
    public static JsonObject Letters()
    {
        var letters = new JsonObject();
        foreach (char c in LetterPatterns.Available)
        {
            letters[c.ToString()] = Grid(LetterPatterns.Letter(c).ToArray(), LetterPatterns.Width, LetterPatterns.Height);
        }

        return new JsonObject { ["width"] = LetterPatterns.Width, ["height"] = LetterPatterns.Height, ["letters"] = letters };
    }

    /// <summary><c>POST /api/random</c>: p random ±1 patterns on a width × height grid, drawn as the experiments draw them.</summary>
    public static JsonObject Random(JsonElement root, LabLimits limits)
    {
        LabRequest.RequireKeys(root, "width", "height", "p", "seed");
        int width = LabRequest.Int(root, "width", 10, 1, limits.MaxGridSide);
        int height = LabRequest.Int(root, "height", 10, 1, limits.MaxGridSide);
        int p = LabRequest.Int(root, "p", 5, 1, limits.MaxPatterns);
        int seed = LabRequest.Int(root, "seed", 1, 0, int.MaxValue);
        int n = width * height;
        var set = PatternSet.Random(n, p, new Xoshiro256StarStar((ulong)seed));
        var patterns = new JsonArray();
        var pattern = new sbyte[n];
        for (int mu = 0; mu < p; mu++)
        {
            set.CopyPattern(mu, pattern);
            patterns.Add(Grid(pattern, width, height));
        }

        return new JsonObject { ["width"] = width, ["height"] = height, ["patterns"] = patterns };
    }

    /// <summary>
    /// <c>POST /api/images</c>: uploaded images resized to width × height and binarised exactly as <c>retrieval</c> does with
    /// <c>patterns: images</c> (docs/configs.md). Nothing is written to disk.
    /// </summary>
    public static JsonObject Images(IReadOnlyList<(string Name, byte[] Data)> files, int width, int height, LabLimits limits)
    {
        if (files.Count == 0 || files.Count > limits.MaxImages)
        {
            throw new InputFileException($"images: send 1 … {limits.MaxImages} image files (got {files.Count})");
        }

        if (width < 1 || height < 1 || width > limits.MaxGridSide || height > limits.MaxGridSide)
        {
            throw new InputFileException($"images: width and height must lie in 1 … {limits.MaxGridSide}");
        }

        var patterns = new JsonArray();
        var names = new JsonArray();
        foreach (var (name, data) in files)
        {
            string shown = Shown(name);
            if (data.LongLength > limits.MaxImageBytes)
            {
                throw new InputFileException($"images: {shown} is {data.LongLength} bytes; at most {limits.MaxImageBytes} per image");
            }

            try
            {
                var pixels = ImagePatterns.Binarise(ImagePatterns.Luma(data, shown, width, height, limits.MaxImagePixels));
                patterns.Add(Grid(pixels, width, height));
            }
            catch (InvalidDataException e)
            {
                throw new InputFileException("images: " + e.Message.ReplaceLineEndings(" "));
            }

            names.Add(shown);
        }

        return new JsonObject { ["width"] = width, ["height"] = height, ["patterns"] = patterns, ["names"] = names };
    }

    private static string Shown(string name)
    {
        // names go into YAML lists of files: no control characters, commas, quotes or backslashes
        string clean = new([.. Path.GetFileName(name).Where(c => !char.IsControl(c)).Select(c => c is ',' or '"' or '\\' or '\'' ? '_' : c)]);
        clean = clean.Length == 0 ? "image" : clean;
        return clean.Length > NetworkFile.MaxNameLength ? clean[..NetworkFile.MaxNameLength] : clean;
    }

    private static JsonArray Grid(sbyte[] spins, int width, int height) => new([.. SpinText.ToGrid(spins, width, height).Select(r => (JsonNode)r!)]);
}
