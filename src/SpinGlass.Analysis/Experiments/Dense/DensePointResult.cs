using SpinGlass.Models.Dense;

namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>The measured recall at one (N, interaction, n, K, T) point with standard errors over pattern sets.</summary>
/// <param name="N">Neurons.</param>
/// <param name="Interaction">The interaction function.</param>
/// <param name="Power">The power n.</param>
/// <param name="K">Patterns.</param>
/// <param name="T">Temperature.</param>
/// <param name="SuccessRate">Fraction of trials whose dynamics end exactly on ξ¹.</param>
/// <param name="SuccessRateErr">Its standard error.</param>
/// <param name="BitErrorRate">Mean fraction of ξ¹'s bits that one update at ξ¹ would flip.</param>
/// <param name="BitErrorRateErr">Its standard error.</param>
/// <param name="Overlap">Mean overlap with ξ¹.</param>
/// <param name="OverlapErr">Its standard error.</param>
/// <param name="BitErrorTheory">Krotov–Hopfield per-bit error, capped at ½ (polynomial only; NaN otherwise).</param>
public sealed record DensePointResult(
    int N,
    Interaction Interaction,
    int Power,
    int K,
    double T,
    double SuccessRate,
    double SuccessRateErr,
    double BitErrorRate,
    double BitErrorRateErr,
    double Overlap,
    double OverlapErr,
    double BitErrorTheory);
