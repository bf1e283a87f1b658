namespace SpinGlass.Runner.Patterns;

/// <summary>The first problem in a cue's text: 1-based line (a grid row of <c>cue.grid</c>) and column, and what is wrong and allowed.</summary>
internal readonly record struct CueTextError(int Line, int Column, string Message);
