namespace SpinGlass.Analysis.Theory;

/// <summary>A point <c>(α, T)</c> of a line of the phase diagram, α = p/N.</summary>
/// <param name="Alpha">Load <c>α</c>.</param>
/// <param name="Temperature">Temperature <c>T</c>.</param>
public readonly record struct PhaseLinePoint(double Alpha, double Temperature);
