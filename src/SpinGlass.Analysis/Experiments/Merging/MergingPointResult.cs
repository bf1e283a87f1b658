namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>The outcome rates of the merging test at one distance, with standard errors over memory sets.</summary>
/// <param name="Distance">Hamming distance of the near copy from memory 1.</param>
/// <param name="BothStableRate">Fraction of trials in which both memories stay (within tolerance) distinct minima.</param>
/// <param name="BothStableRateErr">Its standard error.</param>
/// <param name="DisplacedRate">Fraction of trials with distinct ends of which at least one moved beyond tolerance.</param>
/// <param name="DisplacedRateErr">Its standard error.</param>
/// <param name="FusedRate">Fraction of trials in which both relaxations end in the same state.</param>
/// <param name="FusedRateErr">Its standard error.</param>
/// <param name="FinalDistance">Mean Hamming distance between the two end states.</param>
/// <param name="FinalDistanceErr">Its standard error.</param>
/// <param name="PairDistance">Mean Hamming distance of pairs of independent random memories (the yardstick, N/2).</param>
/// <param name="PairDistanceErr">Its standard error over trials.</param>
/// <param name="PairDistanceSquare">Mean squared distance of the same pairs (for the spread, √N/2).</param>
public sealed record MergingPointResult(
    int Distance,
    double BothStableRate,
    double BothStableRateErr,
    double DisplacedRate,
    double DisplacedRateErr,
    double FusedRate,
    double FusedRateErr,
    double FinalDistance,
    double FinalDistanceErr,
    double PairDistance,
    double PairDistanceErr,
    double PairDistanceSquare);
