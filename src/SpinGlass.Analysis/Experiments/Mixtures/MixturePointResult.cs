namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>One (n, T) point over pattern sets, beside the α → 0 mean-field theory.</summary>
/// <param name="N">Neurons.</param>
/// <param name="P">Patterns.</param>
/// <param name="Order">Mixture order n.</param>
/// <param name="T">Temperature.</param>
/// <param name="MixtureOverlap">Mean condensed overlap.</param>
/// <param name="MixtureOverlapErr">Its standard error.</param>
/// <param name="MaxOtherOverlap">Mean of the largest non-condensed overlap.</param>
/// <param name="StableRate">Fraction of sets in which the symmetric mixture survived.</param>
/// <param name="StableRateErr">Its standard error.</param>
/// <param name="Energy">Energy per spin.</param>
/// <param name="EnergyErr">Its standard error.</param>
/// <param name="MixtureOverlapTheory">Mean-field m_n(T).</param>
/// <param name="EnergyTheory">Mean-field −(n/2) m_n(T)².</param>
public sealed record MixturePointResult(
    int N, int P, int Order, double T, double MixtureOverlap, double MixtureOverlapErr, double MaxOtherOverlap,
    double StableRate, double StableRateErr, double Energy, double EnergyErr, double MixtureOverlapTheory, double EnergyTheory);
