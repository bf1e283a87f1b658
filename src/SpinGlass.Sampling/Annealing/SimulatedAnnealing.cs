using SpinGlass.Models;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Annealing;

/// <summary>
/// Simulated annealing as an optimiser: a chain swept at the β of each schedule step in turn, keeping the lowest-energy
/// configuration seen after any sweep.
/// </summary>
/// <remarks>
/// <para>Each step runs a new <see cref="MarkovChain"/> over the same state and stream at that step's β: a chain is a
/// few references and its sweep is chosen once, so a change of temperature costs O(1) and the sweeps themselves stay the
/// chain's specialised loops (parallel tempering holds one chain per temperature the same way).</para>
/// <para>Kirkpatrick, Gelatt and Vecchi, Science 220, 671 (1983); for spin glasses Isakov, Zintchenko, Rønnow and
/// Troyer, Comput. Phys. Commun. 192, 265 (2015).</para>
/// </remarks>
public static class SimulatedAnnealing
{
    /// <summary>
    /// Anneals <paramref name="state"/> (from its present configuration) through <paramref name="schedule"/>, spending
    /// <paramref name="sweeps"/> sweeps in all, with the single-spin <paramref name="rule"/> (Metropolis or Glauber).
    /// </summary>
    /// <param name="state">The chain state; it holds the final configuration afterwards.</param>
    /// <param name="schedule">The β schedule.</param>
    /// <param name="sweeps">The sweep budget S ≥ 0, shared among the steps (<see cref="AnnealingSchedule.SweepsAt"/>).</param>
    /// <param name="rule">Metropolis or Glauber.</param>
    /// <param name="rng">The stream the chain draws from (shared).</param>
    /// <param name="cancellation">Checked before every sweep.</param>
    /// <exception cref="ArgumentException">Another rule.</exception>
    public static AnnealingOutcome Run(
        IEnergyState state, AnnealingSchedule schedule, long sweeps, UpdateRule rule, Xoshiro256StarStar rng, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegative(sweeps);
        if (rule is not (UpdateRule.Metropolis or UpdateRule.Glauber))
        {
            throw new ArgumentException("Annealing runs a chain at finite β: use the metropolis or glauber rule.", nameof(rule));
        }

        schedule.Validated();
        var best = state.Spins.ToArray();
        double bestEnergy = state.Energy;
        long attempts = 0, flips = 0;
        string engine = "";
        for (int step = 0; step < schedule.Steps; step++)
        {
            long here = schedule.SweepsAt(step, sweeps);
            if (here == 0)
            {
                continue;
            }

            var chain = new MarkovChain(state, new Dynamics(rule, schedule.Beta(step)), rng);
            engine = chain.Engine;
            for (long sweep = 0; sweep < here; sweep++)
            {
                cancellation.ThrowIfCancellationRequested();
                chain.Sweep();
                if (state.Energy < bestEnergy)
                {
                    bestEnergy = state.Energy;
                    state.Spins.CopyTo(best);
                }
            }

            attempts += chain.Attempts;
            flips += chain.Flips;
        }

        return new AnnealingOutcome(best, bestEnergy, state.Energy, sweeps, attempts == 0 ? 0 : (double)flips / attempts, engine);
    }
}
