namespace SpinGlass.Analysis.Charts;

/// <summary>One image of a <see cref="GalleryRow"/>: a caption and <c>width·height</c> pixels <c>s_i = ±1</c>.</summary>
/// <param name="Caption">The caption above the image, e.g. "original", "cue" or "recalled"; may be empty.</param>
/// <param name="Pixels">The pixels row-major (<c>i = width·row + col</c>), +1 on (black) and −1 off (white).</param>
public sealed record GalleryPanel(string Caption, ReadOnlyMemory<sbyte> Pixels);
