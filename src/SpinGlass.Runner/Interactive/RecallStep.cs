namespace SpinGlass.Runner.Interactive;

/// <summary>The state after sweep <paramref name="T"/> (0: the start).</summary>
/// <param name="T">The sweep.</param>
/// <param name="Energy">The energy.</param>
/// <param name="Overlaps">The overlap <c>m_μ</c> with each stored pattern.</param>
/// <param name="Changed">Spins flipped in the sweep, or for a modern network the largest change of a component; 0 at t = 0.</param>
public sealed record RecallStep(int T, double Energy, IReadOnlyList<double> Overlaps, double Changed);
