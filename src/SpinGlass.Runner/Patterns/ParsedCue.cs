namespace SpinGlass.Runner.Patterns;

/// <summary>An explicit cue read by <see cref="CueText"/>.</summary>
/// <param name="Spins">The spins ±1, row-major for a grid.</param>
/// <param name="Width">The grid's width (a list: its length).</param>
/// <param name="Height">The grid's height (a list: 1).</param>
/// <param name="IsGrid">Whether it was written as a grid (its width and height must then match the stored grid).</param>
internal sealed record ParsedCue(sbyte[] Spins, int Width, int Height, bool IsGrid);
