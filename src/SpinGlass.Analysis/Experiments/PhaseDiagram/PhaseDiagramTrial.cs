namespace SpinGlass.Analysis.Experiments.PhaseDiagram;

/// <summary>Time averages of one chain.</summary>
/// <param name="Overlap">⟨m¹⟩ over the measurement sweeps.</param>
/// <param name="Energy">⟨E⟩/N over the measurement sweeps.</param>
public sealed record PhaseDiagramTrial(double Overlap, double Energy);
