using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>A fixed set of picture-like patterns (letters or images) with their grid and names, for recall and galleries.</summary>
/// <param name="Patterns">The patterns, row-major pixels, +1 = on.</param>
/// <param name="Width">Grid width.</param>
/// <param name="Height">Grid height.</param>
/// <param name="Names">One name per pattern (e.g. "A" or a file name).</param>
public sealed record StoredImages(PatternSet Patterns, int Width, int Height, IReadOnlyList<string> Names);
