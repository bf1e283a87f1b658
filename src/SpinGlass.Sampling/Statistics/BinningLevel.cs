namespace SpinGlass.Sampling.Statistics;

/// <summary>
/// Running sums over the complete bin means <c>y_1 … y_K</c> of one binning level: <c>Σ y</c>, <c>Σ y²</c>,
/// <c>Σ y_i y_{i+1}</c> and the end values, enough for the mean, variance and lag-one autocorrelation.
/// </summary>
/// <remarks>The caller shifts the data by its first sample so that the sums of squares do not cancel catastrophically.</remarks>
internal struct BinningLevel
{
    private double _sum;
    private double _sumSquares;
    private double _lagProducts;
    private double _first;
    private double _last;

    /// <summary>Appends the bin mean <paramref name="y"/>, the <paramref name="k"/>-th bin; returns the previous bin mean.</summary>
    public double Push(double y, long k)
    {
        double previous = _last;
        if (k == 1)
        {
            _first = y;
        }
        else
        {
            _lagProducts += previous * y;
        }

        _last = y;
        _sum += y;
        _sumSquares += y * y;
        return previous;
    }

    /// <summary>The mean <c>ȳ</c> of the first <paramref name="k"/> ≥ 1 bins (all of them).</summary>
    public readonly double Mean(long k) => _sum / k;

    /// <summary>The sample variance <c>s² = Σ (y_i − ȳ)² / (K − 1)</c>; NaN for fewer than two bins.</summary>
    public readonly double Variance(long k) => k < 2 ? double.NaN : SquaredDeviations(k) / (k - 1);

    /// <summary>
    /// The lag-one autocorrelation <c>ρ̂(1) = Σ_{i&lt;K} (y_i − ȳ)(y_{i+1} − ȳ) / Σ_i (y_i − ȳ)²</c>; 0 when the bins
    /// do not fluctuate.
    /// </summary>
    public readonly double LagOneCorrelation(long k)
    {
        double squares = SquaredDeviations(k);
        if (!(squares > 0))
        {
            return 0;
        }

        double mean = _sum / k;
        double lag = _lagProducts - mean * (2 * _sum - _first - _last) + (k - 1) * mean * mean;
        return lag / squares;
    }

    private readonly double SquaredDeviations(long k) => Math.Max(_sumSquares - _sum * _sum / k, 0);
}
