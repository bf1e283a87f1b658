namespace SpinGlass.Runner.Bench;

/// <summary>The timing of one kernel: ns per update of every timed run, and their median.</summary>
/// <param name="Runs">ns per update of each timed run, in the order they ran.</param>
internal sealed record KernelTiming(IReadOnlyList<double> Runs)
{
    /// <summary>The median over the runs (the mean of the middle two for an even count).</summary>
    public double Median
    {
        get
        {
            var sorted = Runs.Order().ToArray();
            int m = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
        }
    }

    /// <summary>The fastest run.</summary>
    public double Min => Runs.Min();

    /// <summary>The slowest run.</summary>
    public double Max => Runs.Max();
}
