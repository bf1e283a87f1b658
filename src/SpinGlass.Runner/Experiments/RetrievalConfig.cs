using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Patterns;

namespace SpinGlass.Runner.Experiments;

/// <summary>The <c>retrieval</c> config keys and their mapping onto a <see cref="RetrievalDefinition"/>.</summary>
internal static class RetrievalConfig
{
    private static readonly string[] SizeKeys = ["model.N", "model.p", "model.alpha"];

    public static ExperimentSchema Schema { get; } = new(
        "retrieval",
        "Recall from noisy cues: success, overlap, Hamming distance and sweeps vs the fraction of flipped cue bits, for random patterns, the built-in letters A–Z or your own images; a gallery original → cue → recalled.",
        [
            ParameterSpec.Integer("trials", "Cues per point (fixed images are cued in turn). The default is 20.", 20) with { Min = 1 },
            ParameterSpec.Choice("model.patterns", "random, letters (10×10 bitmaps, N = 100) or images (your pictures). The default is random.", "random", "random", "letters", "images"),
            ParameterSpec.Integer("model.N", "Neurons N (random patterns). The default is 100.", 100) with { Sweepable = true, Min = 2, Max = 1_000_000 },
            ParameterSpec.Integer("model.p", "Random patterns p; or give alpha. The default is 5.", 5) with { Sweepable = true, Min = 1 },
            ParameterSpec.Real("model.alpha", "Load α = p/N of random patterns; or give p.") with { Sweepable = true, Min = 0, MinExclusive = true, Max = 2 },
            ParameterSpec.Text("model.letters", "Letters to store (patterns: letters). The default is ABCDE.", "ABCDE"),
            ParameterSpec.Text("model.files", "Image files (patterns: images): comma-separated paths or file globs, relative to the config.", ""),
            ParameterSpec.Integer("model.width", "Grid width images are resized to. The default is 32.", 32) with { Min = 2, Max = 1024 },
            ParameterSpec.Integer("model.height", "Grid height images are resized to. The default is 32.", 32) with { Min = 2, Max = 1024 },
            ParameterSpec.Choice("model.neurons", "spin or binary neurons. The default is spin.", "spin", "spin", "binary"),
            ParameterSpec.Real("noise", "Fraction of cue bits corrupted: exactly round(noise·N) bits. The default is 0.1.", 0.1) with { Sweepable = true, Min = 0, Max = 1 },
            ParameterSpec.Choice("cue", "flip: random bits flipped; erase: the last bits (bottom rows) set off. The default is flip.", "flip", "flip", "erase"),
            .. HopfieldKeys.Temperature(),
            ParameterSpec.Real("success_overlap", "A recall succeeds when its overlap reaches this (1 = the pattern exactly). The default is 1.", 1.0) with { Min = -1, Max = 1 },
            .. HopfieldKeys.Dynamics(),
        ])
    {
        Columns = RetrievalReport.Columns,
        ExclusiveGroups = [["model.p", "model.alpha"], ["T", "beta"]],
        CrossCheck = Check,
    };

    public static RetrievalExperiment Build(ResolvedConfig config)
    {
        var images = Images(config);
        bool byAlpha = config.HasValue("model.alpha");
        var points = config.Points.Select(point =>
        {
            int n = images?.Patterns.N ?? (int)point.Int("model.N");
            int p = images?.Patterns.P ?? (byAlpha ? Shared.HopfieldModelKeys.PatternsFor(n, point.Real("model.alpha")) : (int)point.Int("model.p"));
            return new RetrievalPoint(n, p, point.Real("noise"), HopfieldKeys.Temperature(config, point), HopfieldKeys.Beta(config, point));
        }).ToArray();
        return new RetrievalExperiment(new RetrievalDefinition(
            points,
            images,
            config.GetText("model.neurons") == "binary" ? NeuronCoding.Binary : NeuronCoding.Spin,
            HopfieldKeys.Recall(config),
            config.Trials,
            config.GetReal("success_overlap"),
            config.GetText("cue") == "erase"));
    }

    private static StoredImages? Images(ResolvedConfig config)
    {
        switch (config.GetText("model.patterns"))
        {
            case "letters":
                string letters = config.GetText("model.letters").ToUpperInvariant();
                return new StoredImages(LetterPatterns.Create(letters), LetterPatterns.Width, LetterPatterns.Height, [.. letters.Select(c => c.ToString())]);
            case "images":
                var loaded = ImagePatterns.Load(ImageFiles.Resolve(config.SourcePath, config.GetText("model.files")), (int)config.GetInt("model.width"), (int)config.GetInt("model.height"));
                return new StoredImages(loaded.Patterns, loaded.Width, loaded.Height, loaded.Names);
            default:
                return null;
        }
    }

    private static List<(string Path, string Message)> Check(ResolvedConfig config)
    {
        var errors = new List<(string, string)>(HopfieldKeys.CheckRule(config));
        string source = config.GetText("model.patterns");
        if (source != "random")
        {
            foreach (string key in SizeKeys.Where(config.IsGiven))
            {
                errors.Add((key, $"N and p follow from the {source}; remove {key} or use patterns: random"));
            }
        }

        if (source == "letters")
        {
            string letters = config.GetText("model.letters");
            if (letters.Length == 0 || !letters.All(LetterPatterns.Contains))
            {
                errors.Add(("model.letters", $"'{letters}' must be one or more of the built-in letters {LetterPatterns.Available}"));
            }
        }
        else if (source == "images")
        {
            errors.AddRange(ImageFiles.Check(config.SourcePath, config.GetText("model.files")).Select(message => ("model.files", message)));
        }
        else
        {
            var (n, p) = HopfieldKeys.LargestNetwork(config);
            errors.AddRange(HopfieldKeys.CheckMemory(n, p, "model.N"));
        }

        return errors;
    }
}
