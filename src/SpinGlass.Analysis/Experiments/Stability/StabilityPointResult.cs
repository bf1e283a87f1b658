namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>
/// The stability of nominal memories at one (N, p) point. Rates are means over pattern sets of the per-set fraction
/// of memories, with the standard error over pattern sets (the memories of one set are not independent).
/// </summary>
/// <param name="N">Neurons.</param>
/// <param name="P">Stored memories.</param>
/// <param name="ZeroErrorRate">Fraction of memories whose fixed point is the memory itself (no wrong bit).</param>
/// <param name="ZeroErrorRateErr">Its standard error.</param>
/// <param name="Under5ErrorRate">Fraction of memories whose fixed point has fewer than 5 wrong bits.</param>
/// <param name="Under5ErrorRateErr">Its standard error.</param>
/// <param name="ErrorsMean">Mean number of wrong bits per memory.</param>
/// <param name="ErrorsMeanErr">Its standard error.</param>
/// <param name="BitErrorTheory">Hopfield's Gaussian per-bit error estimate (<see cref="StabilityTheory.BitErrorProbability"/>).</param>
/// <param name="ErrorCounts">The histogram: element k is the number of memories (pooled over trials) with k wrong bits.</param>
public sealed record StabilityPointResult(
    int N,
    int P,
    double ZeroErrorRate,
    double ZeroErrorRateErr,
    double Under5ErrorRate,
    double Under5ErrorRateErr,
    double ErrorsMean,
    double ErrorsMeanErr,
    double BitErrorTheory,
    IReadOnlyList<int> ErrorCounts);
