namespace SpinGlass.Sampling.Statistics;

/// <summary>
/// Welford moments of the leave-one-out values <c>θ_(i)</c>, turned into the bias-corrected jackknife estimate
/// <c>θ_J = K θ̂ − (K − 1) θ̄_(·)</c> with error <c>√((K − 1)/K Σ_i (θ_(i) − θ̄_(·))²)</c>.
/// </summary>
internal struct JackknifeMoments(double full, int bins)
{
    private int _count;
    private double _mean;
    private double _squaredDeviations;

    /// <summary>The mean of the bins with bin <paramref name="left"/> left out, from the mean of all <c>K</c> bins.</summary>
    public static double LeaveOut(double mean, double left, int bins) => mean + (mean - left) / (bins - 1);

    /// <summary>The mean <c>(1/K) Σ_i a_i</c>.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double x in values)
        {
            sum += x;
        }

        return sum / values.Length;
    }

    /// <summary>Appends one leave-one-out value <c>θ_(i)</c>.</summary>
    public void Add(double theta)
    {
        _count++;
        double delta = theta - _mean;
        _mean += delta / _count;
        _squaredDeviations += delta * (theta - _mean);
    }

    /// <summary>The bias-corrected estimate and its error.</summary>
    public readonly Estimate Result() =>
        new(bins * full - (bins - 1) * _mean, Math.Sqrt((bins - 1) * _squaredDeviations / bins));
}
