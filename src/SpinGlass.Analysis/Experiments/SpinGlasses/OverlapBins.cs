namespace SpinGlass.Analysis.Experiments.SpinGlasses;

/// <summary>
/// The bins of the overlap histogram P(q): one per value q = (N − 2d)/N for N ≤ 128, else 128 equal bins on [−1, 1].
/// </summary>
public static class OverlapBins
{
    private const int MaxBins = 128;

    /// <summary>The number of bins for N spins.</summary>
    public static int Count(int n) => n < MaxBins ? n + 1 : MaxBins;

    /// <summary>The bin of the overlap sum <c>Σ_i s_i^a s_i^b</c>.</summary>
    public static int Of(int overlapSum, int n) => n < MaxBins
        ? (overlapSum + n) / 2
        : Math.Min(MaxBins - 1, (int)((long)(overlapSum + n) * MaxBins / (2L * n)));

    /// <summary>The centre of bin <paramref name="bin"/> in q.</summary>
    public static double Centre(int bin, int n) => n < MaxBins ? (2.0 * bin - n) / n : -1 + (2 * bin + 1.0) / MaxBins;

    /// <summary>The width of a bin in q (the density is the probability over the width).</summary>
    public static double Width(int n) => n < MaxBins ? 2.0 / n : 2.0 / MaxBins;
}
