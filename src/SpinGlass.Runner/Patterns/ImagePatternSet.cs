using SpinGlass.Models.Hopfield;

namespace SpinGlass.Runner.Patterns;

/// <summary>Patterns loaded from image files, with the file name of each pattern <c>ξ^μ</c>.</summary>
/// <param name="Patterns">The patterns, <c>μ</c> in file order, pixels row-major (<c>i = width·row + col</c>).</param>
/// <param name="Names">The file name (without directory) of each pattern.</param>
/// <param name="Width">The grid width in pixels.</param>
/// <param name="Height">The grid height in pixels; <c>N = Width·Height</c>.</param>
internal sealed record ImagePatternSet(PatternSet Patterns, IReadOnlyList<string> Names, int Width, int Height);
