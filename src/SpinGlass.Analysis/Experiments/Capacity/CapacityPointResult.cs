namespace SpinGlass.Analysis.Experiments.Capacity;

/// <summary>The measured recall at one (N, α, T) point with standard errors over pattern sets, and the RS theory.</summary>
/// <param name="N">Neurons.</param>
/// <param name="Alpha">Load α.</param>
/// <param name="P">Patterns.</param>
/// <param name="T">Temperature.</param>
/// <param name="Overlap">Mean overlap with ξ¹.</param>
/// <param name="OverlapErr">Its standard error.</param>
/// <param name="SuccessRate">Fraction of trials with overlap ≥ success_overlap.</param>
/// <param name="SuccessRateErr">Its standard error.</param>
/// <param name="ErrorFraction">Mean fraction of wrong bits, <c>(1 − m)/2</c>.</param>
/// <param name="ErrorFractionErr">Its standard error.</param>
/// <param name="StableRate">Fraction of trials in which ξ¹ is an exact fixed point.</param>
/// <param name="StableRateErr">Its standard error.</param>
/// <param name="RetrievalRate">Fraction of trials with overlap ≥ retrieval_overlap.</param>
/// <param name="RetrievalRateErr">Its standard error.</param>
/// <param name="Sweeps">Mean sweeps.</param>
/// <param name="OverlapTheory">Replica-symmetric m(α, T) of the retrieval branch (0 where it does not exist).</param>
public sealed record CapacityPointResult(
    int N,
    double Alpha,
    int P,
    double T,
    double Overlap,
    double OverlapErr,
    double SuccessRate,
    double SuccessRateErr,
    double ErrorFraction,
    double ErrorFractionErr,
    double StableRate,
    double StableRateErr,
    double RetrievalRate,
    double RetrievalRateErr,
    double Sweeps,
    double OverlapTheory);
