namespace SpinGlass.Analysis.Charts;

/// <summary>One row of a <see cref="PatternGallery"/>: a label on the left and images side by side.</summary>
/// <param name="Label">The row label, e.g. "A, noise 20 %"; may be empty.</param>
/// <param name="Panels">The images, left to right (typically original, cue, recalled).</param>
public sealed record GalleryRow(string Label, IReadOnlyList<GalleryPanel> Panels);
