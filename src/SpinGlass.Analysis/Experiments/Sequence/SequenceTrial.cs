namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>One sequence's outcome.</summary>
/// <param name="Completed">The network followed the sequence for the whole run (see <see cref="SequenceFollower"/>).</param>
/// <param name="Transitions">Correct pattern-to-pattern transitions before the first error.</param>
/// <param name="DwellTime">Mean sweeps between successive transitions (the first, filter-dependent segment excluded); NaN with fewer than two transitions.</param>
/// <param name="Overlap">Mean overlap with the current pattern over the second half of the run.</param>
/// <param name="Trace">m_1 … m_k at t = 0 … sweeps (first trial of a point only, else null).</param>
public sealed record SequenceTrial(bool Completed, int Transitions, double DwellTime, double Overlap, double[][]? Trace);
