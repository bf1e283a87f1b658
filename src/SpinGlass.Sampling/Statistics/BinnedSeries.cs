namespace SpinGlass.Sampling.Statistics;

/// <summary>
/// Bin means of a time series in fixed memory: the bin length <c>B</c> starts at 1 and doubles (adjacent bins merged)
/// whenever <c>2 K_min</c> bins are full, so that once <c>n ≥ K_min</c> there are always <c>K_min ≤ K &lt; 2 K_min</c>
/// complete bins of equal length <c>B = 2^j</c>. These are the bins the <see cref="Jackknife"/> works on.
/// </summary>
/// <remarks>
/// The bin length depends only on the number of samples, so series filled in lockstep (e.g. <c>e</c>, <c>e²</c>,
/// <c>m²</c>, <c>m⁴</c> measured every sweep) always have aligned bins. The samples of the incomplete last bin
/// (fewer than <c>B</c>) are left out of <see cref="Means"/>. The bins are independent only if <c>B ≫ τ_int</c>;
/// compare <see cref="BinLength"/> with <see cref="SeriesEstimate.TauInt"/>.
/// </remarks>
public sealed class BinnedSeries
{
    private readonly double[] _means;
    private int _bins;
    private long _binLength = 1;
    private double _partialSum;
    private long _partialCount;
    private long _count;

    /// <summary>Creates an empty series that keeps between <paramref name="minimumBins"/> and twice as many bins.</summary>
    /// <param name="minimumBins">The minimum number of bins <c>K_min</c> ≥ 2 once enough data are in. The default is 64.</param>
    public BinnedSeries(int minimumBins = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumBins, 2);
        _means = new double[2 * minimumBins];
    }

    /// <summary>The minimum number of bins <c>K_min</c>.</summary>
    public int MinimumBins => _means.Length / 2;

    /// <summary>The number of samples <c>n</c> added so far.</summary>
    public long Count => _count;

    /// <summary>The current bin length <c>B</c> (a power of two).</summary>
    public long BinLength => _binLength;

    /// <summary>The means of the complete bins, oldest first; valid until the next <see cref="Add"/>.</summary>
    public ReadOnlySpan<double> Means => _means.AsSpan(0, _bins);

    /// <summary>Appends the sample <c>x_t</c>. Allocation-free, O(1) amortised.</summary>
    public void Add(double x)
    {
        _count++;
        _partialSum += x;
        if (++_partialCount < _binLength)
        {
            return;
        }

        _means[_bins++] = _partialSum / _binLength;
        _partialSum = 0;
        _partialCount = 0;
        if (_bins == _means.Length)
        {
            int half = _bins / 2;
            for (int i = 0; i < half; i++)
            {
                _means[i] = 0.5 * (_means[2 * i] + _means[2 * i + 1]);
            }

            _bins = half;
            _binLength *= 2;
        }
    }
}
