namespace SpinGlass.Analysis.Experiments.Mixtures;

/// <summary>What one pattern set measured (time averages at T &gt; 0, final values at T = 0).</summary>
/// <param name="Overlaps">The n condensed overlaps ⟨m_μ⟩, μ ≤ n.</param>
/// <param name="MaxOther">The largest |⟨m_ρ⟩| over the other patterns ρ &gt; n.</param>
/// <param name="Energy">Energy per spin.</param>
public sealed record MixtureTrial(double[] Overlaps, double MaxOther, double Energy)
{
    /// <summary>The mixture overlap: the mean of the n condensed overlaps.</summary>
    public double MixtureOverlap => Overlaps.Average();

    /// <summary>
    /// The mixture survived: its overlaps stayed symmetric (the smallest at least half the mean) and condensed
    /// (mean ≥ 0.1) rather than decaying to a pure state or the paramagnet.
    /// </summary>
    public bool Stable => MixtureOverlap >= 0.1 && Overlaps.Min() >= 0.5 * MixtureOverlap;
}
