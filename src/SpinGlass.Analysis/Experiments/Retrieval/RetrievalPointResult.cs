namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>Recall statistics of one point over its cues, with standard errors, and the gallery examples.</summary>
/// <param name="N">Neurons.</param>
/// <param name="P">Patterns.</param>
/// <param name="Noise">Cue noise.</param>
/// <param name="T">Temperature.</param>
/// <param name="SuccessRate">Fraction of recalls with overlap ≥ success_overlap.</param>
/// <param name="SuccessRateErr">Its standard error.</param>
/// <param name="Overlap">Mean overlap with the target.</param>
/// <param name="OverlapErr">Its standard error.</param>
/// <param name="Hamming">Mean Hamming distance of the final state to the target.</param>
/// <param name="HammingErr">Its standard error.</param>
/// <param name="Sweeps">Mean sweeps.</param>
/// <param name="Examples">Gallery examples (fixed images only).</param>
public sealed record RetrievalPointResult(
    int N,
    int P,
    double Noise,
    double T,
    double SuccessRate,
    double SuccessRateErr,
    double Overlap,
    double OverlapErr,
    double Hamming,
    double HammingErr,
    double Sweeps,
    IReadOnlyList<RetrievalTrial> Examples);
