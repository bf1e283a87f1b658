using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Tempering;

namespace SpinGlass.Sampling.Annealing;

/// <summary>
/// Parallel tempering as an optimiser: K walkers on a fixed geometric ladder of β between two ends, a sweep of every
/// walker then an exchange round, the lowest energy any walker reaches kept. The sweep budget counts single-spin updates
/// per spin over all walkers, so a budget of S sweeps runs ⌊S/K⌋ rounds (at least one) — the same work as simulated
/// annealing's S sweeps of one chain.
/// </summary>
public static class TemperingOptimiser
{
    /// <summary>Runs the ladder from random starts drawn from <paramref name="rng"/> and returns the best configuration found.</summary>
    /// <param name="model">The energy model.</param>
    /// <param name="betaHot">β of the hottest walker (&gt; 0).</param>
    /// <param name="betaCold">β of the coldest walker (&gt; <paramref name="betaHot"/>).</param>
    /// <param name="temperatures">The ladder's size K ≥ 2.</param>
    /// <param name="sweeps">The budget in sweeps of one chain (K walkers share it).</param>
    /// <param name="rule">Metropolis or Glauber.</param>
    /// <param name="rng">The stream: starts, then one stream per walker and one for the exchanges are split from it.</param>
    /// <param name="cancellation">Checked before every round.</param>
    public static AnnealingOutcome Run(
        IEnergyModel model, double betaHot, double betaCold, int temperatures, long sweeps, UpdateRule rule, Xoshiro256StarStar rng, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(temperatures, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(sweeps);
        if (!(betaHot > 0) || !(betaCold > betaHot) || !double.IsFinite(betaCold))
        {
            throw new ArgumentException($"The ladder needs 0 < β_hot < β_cold < ∞ (got {betaHot} and {betaCold}).", nameof(betaCold));
        }

        var betas = new double[temperatures];
        var walkers = new IEnergyState[temperatures];
        var streams = new Xoshiro256StarStar[temperatures];
        for (int k = 0; k < temperatures; k++)
        {
            // coldest first, geometric spacing: equal ratios β_k/β_{k+1}
            betas[k] = betaCold * Math.Pow(betaHot / betaCold, k / (double)(temperatures - 1));
            var start = new sbyte[model.N];
            for (int i = 0; i < start.Length; i++)
            {
                start[i] = rng.NextSpin();
            }

            walkers[k] = model.CreateState(start);
        }

        for (int k = 0; k < temperatures; k++)
        {
            streams[k] = new Xoshiro256StarStar(rng.NextUInt64());
        }

        var ladder = new ParallelTempering(walkers, betas, rule, streams, new Xoshiro256StarStar(rng.NextUInt64()));
        var best = walkers[0].Spins.ToArray();
        double bestEnergy = double.PositiveInfinity;
        Keep(walkers, best, ref bestEnergy);
        long rounds = Math.Max(1, sweeps / temperatures);
        for (long round = 0; round < rounds; round++)
        {
            cancellation.ThrowIfCancellationRequested();
            ladder.Sweep();
            Keep(walkers, best, ref bestEnergy);
            ladder.Exchange();
        }

        var coldest = ladder.At(0);
        return new AnnealingOutcome(best, bestEnergy, coldest.Energy, rounds * temperatures, ladder.Attempts == 0 ? 0 : (double)ladder.Flips / ladder.Attempts, ladder.Engine);
    }

    private static void Keep(IEnergyState[] walkers, sbyte[] best, ref double bestEnergy)
    {
        foreach (var walker in walkers)
        {
            if (walker.Energy < bestEnergy)
            {
                bestEnergy = walker.Energy;
                walker.Spins.CopyTo(best);
            }
        }
    }
}
