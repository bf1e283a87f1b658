using System.Numerics;

namespace SpinGlass.Sampling.Statistics;

/// <summary>
/// Streaming binning analysis of a scalar time series <c>x_1, x_2, …</c> (one observable of one chain, after
/// thermalisation). Level <c>l</c> holds the means of bins of length <c>2^l</c>, built pairwise as the data arrive, so
/// memory is O(log n) and <see cref="Add"/> is allocation-free and O(1) amortised. It also keeps the
/// <see cref="BinnedSeries"/> bin means that the <see cref="Jackknife"/> needs for derived quantities.
/// </summary>
/// <remarks>
/// With <c>K_l = ⌊n / 2^l⌋</c> complete bins at level <c>l</c>, the error of the mean is <c>ε_l = √(s²_l / K_l)</c>;
/// it rises with <c>l</c> to a plateau once <c>2^l ≫ τ_int</c>, and <c>τ_int = ½ ε²_l / ε²_0</c> (Sokal's convention,
/// ½ for uncorrelated data). H. Flyvbjerg and H. G. Petersen, J. Chem. Phys. 91, 461 (1989);
/// A. D. Sokal, in Functional Integration (Plenum, 1997). <see cref="Analyze"/> picks the plateau by the automated
/// blocking test of M. Jonsson, Phys. Rev. E 98, 043304 (2018): the lowest level <c>j</c> whose statistic
/// <c>M_j = Σ_{l≥j} K_l ρ̂_l(1)²</c> over all levels with at least two bins lies below the 99 % quantile of
/// <c>χ²</c> with as many degrees of freedom as terms, i.e. where no level from <c>j</c> up shows lag-one correlation.
/// </remarks>
public sealed class BinningAccumulator
{
    private readonly BinningLevel[] _levels = new BinningLevel[63];
    private readonly BinnedSeries _bins;
    private readonly int _minimumBins;
    private double _shift;
    private long _count;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="minimumBins">
    /// The fewest bins <c>K</c> a level may have to be selected, bounding the relative error of the error,
    /// <c>≈ 1/√(2K)</c>. The default is 32.
    /// </param>
    /// <param name="jackknifeBins">The minimum number of bins kept for the jackknife (see <see cref="BinnedSeries"/>). The default is 64.</param>
    public BinningAccumulator(int minimumBins = 32, int jackknifeBins = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumBins, 2);
        _minimumBins = minimumBins;
        _bins = new BinnedSeries(jackknifeBins);
    }

    /// <summary>The number of samples <c>n</c>.</summary>
    public long Count => _count;

    /// <summary>The sample mean <c>x̄ = (1/n) Σ_t x_t</c>; NaN when empty.</summary>
    public double Mean => _count == 0 ? double.NaN : _shift + _levels[0].Mean(_count);

    /// <summary>The naive error <c>ε_0 = √(s² / n)</c>, correct only for uncorrelated data.</summary>
    public double NaiveError => ErrorAtLevel(0);

    /// <summary>The number of levels with at least two complete bins, <c>⌊log₂ n⌋</c> (0 when <c>n &lt; 2</c>).</summary>
    public int LevelCount => _count < 2 ? 0 : BitOperations.Log2((ulong)_count);

    /// <summary>The equal-length bin means for the jackknife, aligned across accumulators filled in lockstep.</summary>
    public ReadOnlySpan<double> BinMeans => _bins.Means;

    /// <summary>The length <c>B</c> of the bins in <see cref="BinMeans"/>.</summary>
    public long BinLength => _bins.BinLength;

    /// <summary>Appends the sample <c>x_t</c>. Allocation-free, O(1) amortised.</summary>
    public void Add(double x)
    {
        _bins.Add(x);
        if (_count == 0)
        {
            _shift = x;
        }

        _count++;
        double y = x - _shift;
        for (int level = 0; ; level++)
        {
            long k = _count >> level;
            double partner = _levels[level].Push(y, k);
            if ((k & 1) == 1)
            {
                return;
            }

            y = 0.5 * (partner + y);
        }
    }

    /// <summary>The number of complete bins <c>K_l = ⌊n / 2^l⌋</c> at <paramref name="level"/>.</summary>
    public long BinsAtLevel(int level)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(level);
        return level >= 63 ? 0 : _count >> level;
    }

    /// <summary>The binned error <c>ε_l = √(s²_l / K_l)</c> at <paramref name="level"/>; NaN below two bins.</summary>
    public double ErrorAtLevel(int level)
    {
        long k = BinsAtLevel(level);
        return k < 2 ? double.NaN : Math.Sqrt(_levels[level].Variance(k) / k);
    }

    /// <summary>The estimate <c>τ_int = ½ ε²_l / ε²_0</c> at <paramref name="level"/> (½ for a constant series).</summary>
    public double TauAtLevel(int level)
    {
        double naive = NaiveError;
        double error = ErrorAtLevel(level);
        return naive == 0 && error == 0 ? 0.5 : 0.5 * error * error / (naive * naive);
    }

    /// <summary>
    /// The mean, its error and <c>τ_int</c> from the lowest decorrelated level with at least <c>minimumBins</c> bins
    /// (see the remarks); if none passes, from the highest level with that many bins, marked not converged.
    /// </summary>
    public SeriesEstimate Analyze()
    {
        long n = _count;
        if (n < 2)
        {
            return new SeriesEstimate(Mean, double.NaN, double.NaN, n, 1, n, false);
        }

        int levels = LevelCount;
        Span<double> statistic = stackalloc double[levels + 1];
        for (int l = levels - 1; l >= 0; l--)
        {
            long k = n >> l;
            double rho = _levels[l].LagOneCorrelation(k);
            statistic[l] = statistic[l + 1] + k * rho * rho;
        }

        int highest = Math.Max(0, BitOperations.Log2((ulong)Math.Max(n / _minimumBins, 1)));
        int selected = highest;
        bool decorrelated = false;
        for (int j = 0; j <= highest; j++)
        {
            if (statistic[j] < ChiSquare.Quantile99(levels - j))
            {
                (selected, decorrelated) = (j, true);
                break;
            }
        }

        long bins = n >> selected;
        return new SeriesEstimate(
            Mean, ErrorAtLevel(selected), TauAtLevel(selected), n, 1L << selected, bins,
            decorrelated && bins >= _minimumBins);
    }
}
