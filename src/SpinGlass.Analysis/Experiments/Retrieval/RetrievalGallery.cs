using OxyPlot;
using SpinGlass.Analysis.Charts;
using static SpinGlass.Analysis.Experiments.Retrieval.RetrievalExperiment;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>
/// The gallery of a retrieval run on fixed images: one row per stored image — the original, then cue and recalled
/// state at up to three noise levels (those nearest 10 %, 20 % and 30 %), from the first cue of each image.
/// </summary>
public static class RetrievalGallery
{
    private static readonly double[] PreferredNoise = [0.1, 0.2, 0.3];

    /// <summary>Builds the gallery chart.</summary>
    public static PlotModel Create(StoredImages images, IReadOnlyList<PointRecord> points)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(points);
        double temperature = points.Count == 0 ? 0 : points[0][T];
        var candidates = points.Where(p => p[T] == temperature && p.Payload(Examples).Length > 0).ToArray();
        var chosen = PreferredNoise
            .Select(target => candidates.OrderBy(p => Math.Abs(p[Noise] - target)).FirstOrDefault())
            .OfType<PointRecord>()
            .DistinctBy(p => p[Noise])
            .OrderBy(p => p[Noise])
            .ToArray();
        var rows = new List<GalleryRow>();
        for (int k = 0; k < images.Patterns.P; k++)
        {
            var panels = new List<GalleryPanel> { new("original", images.Patterns.Pattern(k).ToArray()) };
            foreach (var point in chosen)
            {
                if (point.Payload(Examples).FirstOrDefault(e => e.Target == k) is { Cue: { } cue, Recalled: { } recalled })
                {
                    string noise = FormattableString.Invariant($"{100 * point[Noise]:0.#} %");
                    panels.Add(new($"cue {noise}", cue));
                    panels.Add(new($"recalled", recalled));
                }
            }

            rows.Add(new GalleryRow(images.Names[k], panels));
        }

        string title = FormattableString.Invariant($"Recall from noisy cues, N = {images.Patterns.N}, p = {images.Patterns.P}, T = {temperature}");
        return PatternGallery.Create(title, rows, images.Width, images.Height);
    }
}
