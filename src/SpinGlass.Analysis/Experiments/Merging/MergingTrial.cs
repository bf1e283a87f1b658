namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>One memory set's outcome.</summary>
/// <param name="Outcome">Fused, both stable or displaced.</param>
/// <param name="FinalDistance">Hamming distance between the fixed points reached from memory 1 and from its near copy.</param>
/// <param name="PairDistance">Mean Hamming distance over the pairs of independent random memories (NaN with fewer than two).</param>
/// <param name="PairDistanceSquare">Mean of the squared distances over the same pairs.</param>
public sealed record MergingTrial(MergingOutcome Outcome, int FinalDistance, double PairDistance, double PairDistanceSquare);
