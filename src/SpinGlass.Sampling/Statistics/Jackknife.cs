namespace SpinGlass.Sampling.Statistics;

/// <summary>
/// The jackknife estimate of a derived quantity <c>θ = f(⟨a⟩, ⟨b⟩, …)</c> from <c>K</c> bin means of each primary
/// observable, e.g. <c>C = β² N (⟨e²⟩ − ⟨e⟩²)</c>, <c>χ = β N (⟨m²⟩ − ⟨|m|⟩²)</c> or the Binder cumulant
/// <c>U = 1 − ⟨m⁴⟩ / (3 ⟨m²⟩²)</c>.
/// </summary>
/// <remarks>
/// With <c>θ̂ = f(ā, b̄, …)</c> from all bins and <c>θ_(i)</c> from all bins but the <c>i</c>-th, the estimate is the
/// bias-corrected <c>θ_J = K θ̂ − (K − 1) θ̄_(·)</c>, which removes the O(1/K) bias of a nonlinear <c>f</c>, and the
/// error is <c>√((K − 1)/K Σ_i (θ_(i) − θ̄_(·))²)</c>. The bins must be aligned (the same samples in bin <c>i</c> of
/// every series, as <see cref="BinnedSeries"/> guarantees) and independent (bin length <c>≫ τ_int</c>); independent
/// trials work the same way, one value per trial. For a linear <c>f</c> it reduces to the mean and its standard error.
/// B. Efron and C. Stein, Ann. Stat. 9, 586 (1981); B. Efron, The Jackknife, the Bootstrap and Other Resampling Plans
/// (SIAM, 1982). With <c>K = 0</c> bins both values are NaN; with <c>K = 1</c> the error is NaN.
/// </remarks>
public static class Jackknife
{
    /// <summary>The jackknife estimate of <c>f(⟨a⟩)</c> from the bin means <paramref name="a"/>.</summary>
    public static Estimate Estimate(ReadOnlySpan<double> a, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        int k = a.Length;
        if (k < 2)
        {
            return new(k == 0 ? double.NaN : f(a[0]), double.NaN);
        }

        double ma = JackknifeMoments.Mean(a);
        var moments = new JackknifeMoments(f(ma), k);
        for (int i = 0; i < k; i++)
        {
            moments.Add(f(JackknifeMoments.LeaveOut(ma, a[i], k)));
        }

        return moments.Result();
    }

    /// <summary>The jackknife estimate of <c>f(⟨a⟩, ⟨b⟩)</c> from aligned bin means.</summary>
    public static Estimate Estimate(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Func<double, double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        int k = RequireAligned(a.Length, b.Length);
        if (k < 2)
        {
            return new(k == 0 ? double.NaN : f(a[0], b[0]), double.NaN);
        }

        double ma = JackknifeMoments.Mean(a), mb = JackknifeMoments.Mean(b);
        var moments = new JackknifeMoments(f(ma, mb), k);
        for (int i = 0; i < k; i++)
        {
            moments.Add(f(JackknifeMoments.LeaveOut(ma, a[i], k), JackknifeMoments.LeaveOut(mb, b[i], k)));
        }

        return moments.Result();
    }

    /// <summary>The jackknife estimate of <c>f(⟨a⟩, ⟨b⟩, ⟨c⟩)</c> from aligned bin means.</summary>
    public static Estimate Estimate(
        ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, Func<double, double, double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        int k = RequireAligned(RequireAligned(a.Length, b.Length), c.Length);
        if (k < 2)
        {
            return new(k == 0 ? double.NaN : f(a[0], b[0], c[0]), double.NaN);
        }

        double ma = JackknifeMoments.Mean(a), mb = JackknifeMoments.Mean(b), mc = JackknifeMoments.Mean(c);
        var moments = new JackknifeMoments(f(ma, mb, mc), k);
        for (int i = 0; i < k; i++)
        {
            moments.Add(f(
                JackknifeMoments.LeaveOut(ma, a[i], k),
                JackknifeMoments.LeaveOut(mb, b[i], k),
                JackknifeMoments.LeaveOut(mc, c[i], k)));
        }

        return moments.Result();
    }

    /// <summary>The jackknife estimate of <c>f(⟨a⟩, ⟨b⟩, ⟨c⟩, ⟨d⟩)</c> from aligned bin means.</summary>
    public static Estimate Estimate(
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> b,
        ReadOnlySpan<double> c,
        ReadOnlySpan<double> d,
        Func<double, double, double, double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        int k = RequireAligned(RequireAligned(RequireAligned(a.Length, b.Length), c.Length), d.Length);
        if (k < 2)
        {
            return new(k == 0 ? double.NaN : f(a[0], b[0], c[0], d[0]), double.NaN);
        }

        double ma = JackknifeMoments.Mean(a), mb = JackknifeMoments.Mean(b);
        double mc = JackknifeMoments.Mean(c), md = JackknifeMoments.Mean(d);
        var moments = new JackknifeMoments(f(ma, mb, mc, md), k);
        for (int i = 0; i < k; i++)
        {
            moments.Add(f(
                JackknifeMoments.LeaveOut(ma, a[i], k),
                JackknifeMoments.LeaveOut(mb, b[i], k),
                JackknifeMoments.LeaveOut(mc, c[i], k),
                JackknifeMoments.LeaveOut(md, d[i], k)));
        }

        return moments.Result();
    }

    /// <summary>
    /// The jackknife estimate of <c>f(⟨a_1⟩, …, ⟨a_m⟩)</c> from the aligned bin means <paramref name="series"/>
    /// (<c>series[j][i]</c> is bin <c>i</c> of observable <c>j</c>); <paramref name="f"/> receives the <c>m</c> means.
    /// </summary>
    public static Estimate Estimate(ReadOnlySpan<double[]> series, Func<ReadOnlySpan<double>, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (series.IsEmpty)
        {
            throw new ArgumentException("At least one series of bin means is required.", nameof(series));
        }

        int m = series.Length;
        int k = series[0]?.Length ?? 0;
        Span<double> means = m <= 16 ? stackalloc double[m] : new double[m];
        Span<double> leftOut = m <= 16 ? stackalloc double[m] : new double[m];
        for (int j = 0; j < m; j++)
        {
            ArgumentNullException.ThrowIfNull(series[j], nameof(series));
            RequireAligned(k, series[j].Length);
            means[j] = k == 0 ? double.NaN : JackknifeMoments.Mean(series[j]);
        }

        if (k < 2)
        {
            return new(k == 0 ? double.NaN : f(means), double.NaN);
        }

        var moments = new JackknifeMoments(f(means), k);
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < m; j++)
            {
                leftOut[j] = JackknifeMoments.LeaveOut(means[j], series[j][i], k);
            }

            moments.Add(f(leftOut));
        }

        return moments.Result();
    }

    private static int RequireAligned(int k, int other) => k == other
        ? k
        : throw new ArgumentException($"The series of bin means must have equal lengths, got {k} and {other}.");
}
