namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>One point of a merging sweep.</summary>
/// <param name="Distance">Hamming distance of the near copy from memory 1.</param>
public sealed record MergingPoint(int Distance);
