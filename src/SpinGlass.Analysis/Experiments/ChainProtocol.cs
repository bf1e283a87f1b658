using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// The one relaxation and measurement protocol of the experiments. At zero temperature (the zero-temperature rule or
/// β = ∞), when <see cref="RelaxAtZeroTemperature"/>, the chain sweeps until a fixed point or <see cref="MaxSweeps"/> and
/// is measured once at the end; otherwise it makes <see cref="Thermalize"/> sweeps, then <see cref="Measure"/> sweeps
/// with a measurement after each (at β = ∞ too, with the rule as it is: trajectories, the phase diagram's T = 0 column).
/// </summary>
/// <param name="Rule">The update rule.</param>
/// <param name="Order">Site order of asynchronous rules.</param>
/// <param name="MaxSweeps">Sweep limit of a zero-temperature relaxation.</param>
/// <param name="Thermalize">Sweeps before measuring at T &gt; 0.</param>
/// <param name="Measure">Sweeps measured at T &gt; 0.</param>
/// <param name="RelaxAtZeroTemperature">
/// Whether zero temperature relaxes to a fixed point measured once (recall experiments) rather than running the
/// thermalize-and-measure protocol with the rule at β = ∞ (the phase diagram's T = 0 column, trajectories). The default is true.
/// </param>
public sealed record ChainProtocol(UpdateRule Rule, SiteOrder Order, int MaxSweeps, int Thermalize, int Measure, bool RelaxAtZeroTemperature = true)
{
    /// <summary>The sites per row of <see cref="SiteOrder.Rows"/> (an image's width); 0 for the other orders. The default is 0.</summary>
    public int RowWidth { get; init; }

    /// <summary>Whether a run at <paramref name="beta"/> is a zero-temperature relaxation.</summary>
    public bool Relaxes(double beta) => RelaxAtZeroTemperature && (Rule == UpdateRule.ZeroTemperature || double.IsPositiveInfinity(beta));

    /// <summary>
    /// Runs the protocol on a new chain over <paramref name="state"/>; <paramref name="state"/> holds the final
    /// configuration. <paramref name="afterSweep"/>, when given, is called after every sweep of either protocol
    /// (relaxation, thermalisation and measurement alike; energy trajectories); it must not draw random numbers.
    /// </summary>
    public (ProtocolOutcome Outcome, MarkovChain Chain) Run(
        ISpinState state, double beta, Xoshiro256StarStar random, Action measure, Action? afterSweep, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(measure);
        var chain = new MarkovChain(state, new Dynamics(Rule, beta, Order, RowWidth), random);
        if (Relaxes(beta))
        {
            var relaxation = chain.RunToFixedPoint(MaxSweeps, afterSweep, cancellation);
            measure();
            return (new ProtocolOutcome(relaxation.Sweeps, 1, relaxation.Converged), chain);
        }

        new RunProtocol(Thermalize, Measure).Run(chain, measure, afterSweep, cancellation);
        return (new ProtocolOutcome(Thermalize + Measure, Measure, false), chain);
    }
}
