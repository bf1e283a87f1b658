namespace SpinGlass.Analysis.Experiments.Hopfield;

/// <summary>The result of one recall.</summary>
/// <param name="Overlap">Final overlap with the target at T = 0; its time average at T &gt; 0.</param>
/// <param name="Sweeps">Sweeps made.</param>
/// <param name="Converged">True when a T = 0 relaxation ended at a fixed point.</param>
public readonly record struct RecallOutcome(double Overlap, int Sweeps, bool Converged);
