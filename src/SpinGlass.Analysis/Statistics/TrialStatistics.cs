using SpinGlass.Sampling.Statistics;

namespace SpinGlass.Analysis.Statistics;

/// <summary>Means over independent trials with the standard error of the mean (NaN error for a single trial).</summary>
public static class TrialStatistics
{
    /// <summary>The mean of <paramref name="value"/> over <paramref name="trials"/> and its standard error.</summary>
    public static Estimate Mean<T>(IReadOnlyList<T> trials, Func<T, double> value)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(value);
        var accumulator = new MeanAccumulator();
        foreach (var trial in trials)
        {
            accumulator.Add(value(trial));
        }

        return accumulator.ToEstimate();
    }
}
