namespace SpinGlass.Sampling.Statistics;

/// <summary>The binning analysis of one correlated time series <c>x_1 … x_n</c> (see <see cref="BinningAccumulator"/>).</summary>
/// <param name="Mean">The sample mean <c>x̄ = (1/n) Σ_t x_t</c> over all samples.</param>
/// <param name="Error">
/// The standard error of <c>x̄</c> from the selected binning level, <c>ε = √(s²_B / K)</c>, where <c>s²_B</c> is the
/// sample variance of the <c>K</c> bin means of length <c>B</c>.
/// </param>
/// <param name="TauInt">
/// The integrated autocorrelation time in Sokal's convention, <c>τ_int = ½ + Σ_{t≥1} ρ(t)</c>, so that
/// <c>ε² = 2 τ_int σ² / n</c> and <c>τ_int = ½</c> for uncorrelated data; estimated as <c>τ_int = ½ ε² / ε²_naive</c>.
/// A series with no fluctuation at all (<c>σ² = 0</c>) is reported as uncorrelated, <c>τ_int = ½</c>.
/// </param>
/// <param name="Count">The number of samples <c>n</c>.</param>
/// <param name="BinLength">The bin length <c>B</c> (a power of two) of the selected level.</param>
/// <param name="Bins">The number of complete bins <c>K = ⌊n / B⌋</c> of the selected level.</param>
/// <param name="Converged">
/// Whether the bins of the selected level passed the decorrelation test and there are at least the accumulator's
/// minimum number of them; when false, <paramref name="Error"/> and <paramref name="TauInt"/> are lower bounds at best.
/// </param>
public readonly record struct SeriesEstimate(
    double Mean, double Error, double TauInt, long Count, long BinLength, long Bins, bool Converged)
{
    /// <summary>The estimate <c>x̄ ± ε</c> without the binning details.</summary>
    public Estimate ToEstimate() => new(Mean, Error);
}
