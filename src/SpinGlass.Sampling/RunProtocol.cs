namespace SpinGlass.Sampling;

/// <summary>
/// The measurement protocol of an equilibrium run: discard <c>Thermalize</c> sweeps, then sweep <c>Measure</c>
/// times and measure after every <c>MeasureEvery</c>-th sweep.
/// </summary>
/// <param name="Thermalize">Sweeps discarded before measuring (≥ 0).</param>
/// <param name="Measure">Sweeps during the measurement phase (≥ 1).</param>
/// <param name="MeasureEvery">Sweeps between two measurements (≥ 1). The default is 1.</param>
public sealed record RunProtocol(int Thermalize, int Measure, int MeasureEvery = 1)
{
    /// <summary>The number of measurements, <c>⌊Measure / MeasureEvery⌋</c>.</summary>
    public int Measurements => Measure / MeasureEvery;

    /// <summary>Runs the protocol on <paramref name="chain"/>, calling <paramref name="measure"/> at every measurement.</summary>
    /// <returns>The acceptance rate during the measurement phase.</returns>
    public double Run(ISweepable chain, Action measure, CancellationToken cancellation = default) => Run(chain, measure, null, cancellation);

    /// <summary>As <see cref="Run(ISweepable, Action, CancellationToken)"/>, calling <paramref name="afterSweep"/> after every sweep.</summary>
    /// <param name="chain">The chain to sweep.</param>
    /// <param name="measure">Called at every measurement.</param>
    /// <param name="afterSweep">Called after every sweep, thermalisation included (before <paramref name="measure"/>), or null.</param>
    /// <param name="cancellation">Checked before every sweep.</param>
    /// <returns>The acceptance rate during the measurement phase.</returns>
    public double Run(ISweepable chain, Action measure, Action? afterSweep, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfNegative(Thermalize);
        ArgumentOutOfRangeException.ThrowIfLessThan(Measure, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MeasureEvery, 1);
        for (int sweep = 0; sweep < Thermalize; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            chain.Sweep();
            afterSweep?.Invoke();
        }

        long attempts = chain.Attempts, flips = chain.Flips;
        for (int sweep = 1; sweep <= Measure; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            chain.Sweep();
            afterSweep?.Invoke();
            if (sweep % MeasureEvery == 0)
            {
                measure();
            }
        }

        return chain.Attempts == attempts ? 0 : (double)(chain.Flips - flips) / (chain.Attempts - attempts);
    }
}
