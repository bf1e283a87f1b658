using OxyPlot;
using SpinGlass.Analysis.Charts;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Randomness;
using Xunit.Abstractions;

namespace SpinGlass.Runner.Tests.Patterns;

public sealed class PatternGalleryPngTests(ITestOutputHelper output)
{
    private static sbyte[] RecallAtZeroTemperature(HopfieldNetwork network, sbyte[] cue)
    {
        var state = (ISpinState)network.CreateState(cue);
        for (int sweep = 0, flips = 1; sweep < 100 && flips > 0; sweep++)
        {
            flips = 0;
            for (int i = 0; i < state.N; i++)
            {
                if (state.FlipCost(i) < 0)
                {
                    state.Flip(i);
                    flips++;
                }
            }
        }

        return state.Spins.ToArray();
    }

    private static void ExportPng(PlotModel model, string name, int width, int height)
    {
        string path = Path.Combine(Path.GetTempPath(), name);
        using (var stream = File.Create(path))
        {
            new OxyPlot.SkiaSharp.PngExporter { Width = width, Height = height }.Export(model, stream);
        }

        Assert.True(new FileInfo(path).Length > 1000);
    }

    [Fact]
    public void Recall_gallery_of_A_to_E_from_20_percent_noise_renders_to_PNG()
    {
        var patterns = LetterPatterns.Create("ABCDE");
        var network = new HopfieldNetwork(patterns);
        var rng = new Xoshiro256StarStar(2024);
        var rows = new List<GalleryRow>();
        for (int mu = 0; mu < patterns.P; mu++)
        {
            var original = patterns.Pattern(mu).ToArray();
            var cue = Cues.Flip(original, 0.2, rng);
            var recalled = RecallAtZeroTemperature(network, cue);
            output.WriteLine($"{"ABCDE"[mu]}: m(cue) = {Cues.Overlap(original, cue):F2}, m(recalled) = {Cues.Overlap(original, recalled):F2}");
            rows.Add(new GalleryRow($"{"ABCDE"[mu]}, noise 20 %",
                [new GalleryPanel("original", original), new GalleryPanel("cue", cue), new GalleryPanel("recalled", recalled)]));
        }

        var masked = Cues.Mask(patterns.Pattern(0), 0.4);
        rows.Add(new GalleryRow("A, 40 % erased",
            [new GalleryPanel("original", patterns.Pattern(0).ToArray()), new GalleryPanel("cue", masked), new GalleryPanel("recalled", RecallAtZeroTemperature(network, masked))]));
        ExportPng(PatternGallery.Create("Hopfield recall of A–E (N = 100, T = 0)", rows, LetterPatterns.Width, LetterPatterns.Height), "gallery.png", 900, 600);
    }

    [Fact]
    public void Gallery_of_all_26_letters_renders_to_PNG()
    {
        var rows = LetterPatterns.Available.Chunk(7)
            .Select(chunk => new GalleryRow(string.Empty, [.. chunk.Select(c => new GalleryPanel(c.ToString(), LetterPatterns.Letter(c).ToArray()))]))
            .ToList();
        ExportPng(PatternGallery.Create("Built-in letters (10×10)", rows, LetterPatterns.Width, LetterPatterns.Height), "letters.png", 900, 600);
    }
}
