namespace SpinGlass.Sampling.Tempering;

/// <summary>
/// The protocol of a parallel-tempering run over one or more independent ladders (replicas): <c>Thermalize</c> sweeps,
/// then <c>Measure</c> sweeps with a measurement after each; every <c>ExchangeEvery</c>-th sweep of a ladder is followed
/// by an exchange round.
/// </summary>
/// <param name="Thermalize">Sweeps discarded before measuring (≥ 0).</param>
/// <param name="Measure">Sweeps measured (≥ 1), one measurement after each (after that sweep's exchange round).</param>
/// <param name="ExchangeEvery">Sweeps between two exchange rounds (≥ 1). The default is 1.</param>
public sealed record TemperingProtocol(int Thermalize, int Measure, int ExchangeEvery = 1)
{
    /// <summary>Runs the protocol on <paramref name="ladders"/>, calling <paramref name="measure"/> after every measured sweep.</summary>
    /// <returns>The single-spin acceptance rate during the measurement phase, over all ladders.</returns>
    public double Run(IReadOnlyList<ParallelTempering> ladders, Action measure, CancellationToken cancellation = default) =>
        Run<ExactExchange>(ladders, measure, cancellation);

    /// <summary>As <see cref="Run(IReadOnlyList{ParallelTempering}, Action, CancellationToken)"/> with the exchange rule <typeparamref name="TRule"/>.</summary>
    public double Run<TRule>(IReadOnlyList<ParallelTempering> ladders, Action measure, CancellationToken cancellation = default)
        where TRule : struct, IExchangeRule
    {
        ArgumentNullException.ThrowIfNull(ladders);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentOutOfRangeException.ThrowIfNegative(Thermalize);
        ArgumentOutOfRangeException.ThrowIfLessThan(Measure, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ExchangeEvery, 1);
        for (int sweep = 1; sweep <= Thermalize; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            Step<TRule>(ladders, sweep);
        }

        long attempts = ladders.Sum(l => l.Attempts), flips = ladders.Sum(l => l.Flips);
        for (int sweep = 1; sweep <= Measure; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            Step<TRule>(ladders, Thermalize + sweep);
            measure();
        }

        long attempted = ladders.Sum(l => l.Attempts) - attempts;
        return attempted == 0 ? 0 : (double)(ladders.Sum(l => l.Flips) - flips) / attempted;
    }

    private void Step<TRule>(IReadOnlyList<ParallelTempering> ladders, int sweep)
        where TRule : struct, IExchangeRule
    {
        bool exchange = sweep % ExchangeEvery == 0;
        foreach (var ladder in ladders)
        {
            ladder.Sweep();
            if (exchange)
            {
                ladder.Exchange<TRule>();
            }
        }
    }
}
