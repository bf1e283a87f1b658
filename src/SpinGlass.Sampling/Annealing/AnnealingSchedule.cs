namespace SpinGlass.Sampling.Annealing;

/// <summary>
/// A simulated-annealing schedule: <c>Steps</c> inverse temperatures from β_start to β_end (both endpoints exact), spaced
/// linearly or geometrically, sharing a budget of sweeps as evenly as whole sweeps allow.
/// </summary>
/// <param name="Kind">Linear or geometric spacing.</param>
/// <param name="BetaStart">The first β (finite, ≥ 0; &gt; 0 when geometric).</param>
/// <param name="BetaEnd">The last β (finite, ≥ 0; &gt; 0 when geometric).</param>
/// <param name="Steps">The number of β values K ≥ 1; with K = 1 the whole budget runs at β_end (a quench).</param>
/// <remarks>Kirkpatrick, Gelatt and Vecchi, Science 220, 671 (1983).</remarks>
public sealed record AnnealingSchedule(ScheduleKind Kind, double BetaStart, double BetaEnd, int Steps)
{
    /// <summary>Checks the endpoints and the step count; returns the record.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A β not finite or negative, a geometric endpoint of 0, or fewer than one step.</exception>
    public AnnealingSchedule Validated()
    {
        foreach (double beta in (ReadOnlySpan<double>)[BetaStart, BetaEnd])
        {
            if (!double.IsFinite(beta) || beta < 0 || (Kind == ScheduleKind.Geometric && beta == 0))
            {
                throw new ArgumentOutOfRangeException(nameof(BetaStart), beta, Kind == ScheduleKind.Geometric
                    ? "A geometric schedule needs finite β_start, β_end > 0."
                    : "A schedule needs finite β_start, β_end ≥ 0.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Steps, 1);
        return this;
    }

    /// <summary>β of step <paramref name="step"/> (0 … Steps − 1): β_start at 0, β_end at Steps − 1, exactly.</summary>
    public double Beta(int step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, Steps);
        if (step == Steps - 1)
        {
            return BetaEnd;
        }

        if (step == 0)
        {
            return BetaStart;
        }

        double x = (double)step / (Steps - 1);
        return Kind == ScheduleKind.Linear
            ? BetaStart + ((BetaEnd - BetaStart) * x)
            : BetaStart * Math.Pow(BetaEnd / BetaStart, x);
    }

    /// <summary>
    /// The sweeps of step <paramref name="step"/> when the schedule spends <paramref name="total"/> sweeps:
    /// <c>⌊(k + 1) S/K⌋ − ⌊k S/K⌋</c>, so the steps add up to S exactly and differ by at most one sweep.
    /// </summary>
    public long SweepsAt(int step, long total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, Steps);
        return Share(step + 1, total) - Share(step, total);
    }

    private long Share(int step, long total) => (long)(((UInt128)(ulong)step * (ulong)total) / (ulong)Steps);
}
