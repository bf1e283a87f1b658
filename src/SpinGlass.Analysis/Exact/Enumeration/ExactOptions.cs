namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>What an exact enumeration computes beyond E, C and |m|.</summary>
/// <param name="Overlaps">Replica overlaps q2, q4, P(q) (a 2^N table of doubles; N ≤ <see cref="ExactSolver.MaxOverlapSpins"/>). The default is true.</param>
/// <param name="MaxMinima">Local minima kept (all are counted). The default is 65,536.</param>
/// <param name="HistogramBins">Bins of the energy histogram for real couplings. The default is 200.</param>
public sealed record ExactOptions(bool Overlaps = true, int MaxMinima = 1 << 16, int HistogramBins = 200);
