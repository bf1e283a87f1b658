namespace SpinGlass.Sampling.Statistics;

/// <summary>
/// Mean and standard error of independent samples <c>x_1 … x_n</c> (e.g. one value per trial, or 0/1 successes for a
/// success rate), by Welford's numerically stable update.
/// </summary>
/// <remarks>
/// B. P. Welford, Technometrics 4, 419 (1962); merging by T. F. Chan, G. H. Golub and R. J. LeVeque, Am. Stat. 37,
/// 242 (1983). For correlated samples use <see cref="BinningAccumulator"/>.
/// </remarks>
public sealed class MeanAccumulator
{
    private long _count;
    private double _mean;
    private double _squaredDeviations;

    /// <summary>The number of samples <c>n</c>.</summary>
    public long Count => _count;

    /// <summary>The sample mean <c>x̄ = (1/n) Σ_i x_i</c>; NaN when empty.</summary>
    public double Mean => _count == 0 ? double.NaN : _mean;

    /// <summary>The unbiased sample variance <c>s² = Σ_i (x_i − x̄)² / (n − 1)</c>; NaN for fewer than two samples.</summary>
    public double Variance => _count < 2 ? double.NaN : _squaredDeviations / (_count - 1);

    /// <summary>The sample standard deviation <c>s</c>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The standard error of the mean <c>s / √n</c>; NaN for fewer than two samples.</summary>
    public double StandardError => Math.Sqrt(Variance / _count);

    /// <summary>Appends the sample <paramref name="x"/>.</summary>
    public void Add(double x)
    {
        _count++;
        double delta = x - _mean;
        _mean += delta / _count;
        _squaredDeviations += delta * (x - _mean);
    }

    /// <summary>Adds all samples of <paramref name="other"/>, as if they had been added one by one.</summary>
    public void Merge(MeanAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._count == 0)
        {
            return;
        }

        long total = _count + other._count;
        double delta = other._mean - _mean;
        _squaredDeviations += other._squaredDeviations + delta * delta * ((double)_count * other._count / total);
        _mean += delta * other._count / total;
        _count = total;
    }

    /// <summary>The estimate <c>x̄ ± s/√n</c>.</summary>
    public Estimate ToEstimate() => new(Mean, StandardError);

    /// <summary>The estimate <c>x̄ ± s/√n</c> of the independent samples <paramref name="values"/>.</summary>
    public static Estimate Of(ReadOnlySpan<double> values)
    {
        var accumulator = new MeanAccumulator();
        foreach (double x in values)
        {
            accumulator.Add(x);
        }

        return accumulator.ToEstimate();
    }
}
