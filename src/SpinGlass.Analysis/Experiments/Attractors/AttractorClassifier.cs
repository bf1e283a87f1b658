using SpinGlass.Analysis.Theory;

namespace SpinGlass.Analysis.Experiments.Attractors;

/// <summary>
/// Classifies an end state by its overlaps with the stored patterns: pure when some |m_μ| ≥ 0.9; a symmetric
/// n-mixture (n = 3, 5, 7) when its n largest |m_μ| all lie within <see cref="MixtureTolerance"/> of the mean-field
/// m_n = 2^{1−n} C(n−1, (n−1)/2) and the next one is below m_n − <see cref="MixtureGap"/>; otherwise spin glass.
/// </summary>
public static class AttractorClassifier
{
    /// <summary>How far each condensed |m_μ| may lie from m_n. The value is 0.1.</summary>
    public const double MixtureTolerance = 0.1;

    /// <summary>How far below m_n the first non-condensed |m_μ| must lie. The value is 0.15.</summary>
    public const double MixtureGap = 0.15;

    private static readonly int[] Orders = [3, 5, 7];

    /// <summary>The class of a state with overlaps <paramref name="overlaps"/> (m_μ, not scaled by N).</summary>
    public static (AttractorClass Class, int Order) Classify(ReadOnlySpan<double> overlaps)
    {
        var sorted = new double[overlaps.Length];
        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            sorted[mu] = Math.Abs(overlaps[mu]);
        }

        Array.Sort(sorted, (a, b) => b.CompareTo(a));
        if (sorted.Length > 0 && sorted[0] >= 0.9)
        {
            return (AttractorClass.Pure, 1);
        }

        foreach (int n in Orders)
        {
            if (n > sorted.Length)
            {
                break;
            }

            double m = MixtureMeanField.ZeroTemperatureOverlap(n);
            bool condensed = sorted[0] <= m + MixtureTolerance && sorted[n - 1] >= m - MixtureTolerance;
            bool gap = n == sorted.Length || sorted[n] < m - MixtureGap;
            if (condensed && gap)
            {
                return (AttractorClass.Mixture, n);
            }
        }

        return (AttractorClass.SpinGlass, 0);
    }
}
