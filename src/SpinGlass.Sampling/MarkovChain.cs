using SpinGlass.Models;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling;

/// <summary>
/// One Markov chain: the mutable spin state with its caches, the chain's own RNG stream, the dynamics and the
/// sweep/acceptance counters. One sweep is N attempted single-spin updates (or one synchronous step).
/// </summary>
/// <remarks>
/// The sweep loops are generic over the acceptance rule and over a struct view of the state
/// (<see cref="ISiteAccess"/>), so for the hot sealed states (Hopfield, dense memory, Ising lattice) the JIT compiles
/// one loop per state type with direct calls and no interface dispatch per spin; the arithmetic and the RNG draws are
/// the same as through the interface, so trajectories are bit-identical.
/// </remarks>
public sealed class MarkovChain : ISweepable
{
    private readonly double _beta;
    private readonly sbyte[] _proposal;
    private readonly int[] _order;
    private Xoshiro256StarStar _rng;

    /// <summary>Creates a chain; Metropolis requires an <see cref="IEnergyState"/>, checkerboard order an <see cref="IsingLatticeState"/>.</summary>
    /// <exception cref="InvalidOperationException">Metropolis on a network without an energy function.</exception>
    /// <exception cref="ArgumentException">Checkerboard order on a state that is not a lattice.</exception>
    public MarkovChain(ISpinState state, Dynamics dynamics, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dynamics);
        Dynamics = dynamics.Validated();
        if (dynamics.Rule == UpdateRule.Metropolis && state is not IEnergyState)
        {
            throw new InvalidOperationException(
                "The metropolis rule needs an energy difference ΔE, but this network has asymmetric couplings and no energy function; " +
                "use glauber, zero-temperature or synchronous dynamics.");
        }

        State = state;
        _rng = rng;
        _beta = dynamics.Rule == UpdateRule.ZeroTemperature ? double.PositiveInfinity : dynamics.Beta;
        _proposal = dynamics.Rule == UpdateRule.Synchronous ? new sbyte[state.N] : [];
        _order = dynamics.Order == SiteOrder.Checkerboard
            ? state is IsingLatticeState lattice
                ? CheckerboardOrder(lattice.Model)
                : throw new ArgumentException("Checkerboard order needs an Ising lattice.", nameof(dynamics))
            : [];
    }

    /// <summary>The spin state (spins and caches).</summary>
    public ISpinState State { get; }

    /// <summary>The dynamics.</summary>
    public Dynamics Dynamics { get; }

    /// <summary>Sweeps done so far.</summary>
    public long Sweeps { get; private set; }

    /// <summary>Single-spin updates attempted so far.</summary>
    public long Attempts { get; private set; }

    /// <summary>Spin flips made so far.</summary>
    public long Flips { get; private set; }

    /// <summary>The fraction of attempted updates that flipped a spin.</summary>
    public double AcceptanceRate => Attempts == 0 ? 0 : (double)Flips / Attempts;

    /// <summary>The chain's RNG state (save it to continue the stream exactly).</summary>
    public RandomState RandomState => _rng.State;

    /// <summary>Performs one sweep and returns the number of spins flipped in it.</summary>
    public int Sweep()
    {
        int flips = Dynamics.Rule switch
        {
            UpdateRule.Metropolis => SweepSingle<MetropolisAcceptance>(),
            UpdateRule.Glauber => SweepSingle<GlauberAcceptance>(),
            UpdateRule.ZeroTemperature => SweepSingle<ZeroTemperatureAcceptance>(),
            _ => SweepSynchronous(),
        };
        Sweeps++;
        Attempts += State.N;
        Flips += flips;
        return flips;
    }

    /// <summary>
    /// Sweeps until the state is a fixed point of zero-temperature dynamics (every <c>s_i h_i ≥ 0</c>, or, for the
    /// synchronous rule, a sweep without change) or <paramref name="maxSweeps"/> sweeps are done.
    /// </summary>
    /// <returns>The sweeps made and whether a fixed point was reached.</returns>
    public Relaxation RunToFixedPoint(int maxSweeps, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSweeps);
        for (int sweep = 1; sweep <= maxSweeps; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            int flips = Sweep();
            bool provenStable = Dynamics.Rule == UpdateRule.Synchronous || Dynamics.Order != SiteOrder.Random;
            if (flips == 0 && (provenStable || IsFixedPoint(State)))
            {
                return new Relaxation(sweep, true);
            }
        }

        return new Relaxation(maxSweeps, IsFixedPoint(State));
    }

    /// <summary>True when no single spin would flip under zero-temperature dynamics: <c>s_i h_i ≥ 0</c> for all i.</summary>
    public static bool IsFixedPoint(ISpinState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state switch
        {
            HopfieldState hopfield => IsFixedPoint(new HopfieldSites(hopfield), state.N),
            DenseAssociativeMemoryState dense => IsFixedPoint(new DenseSites(dense), state.N),
            IsingLatticeState lattice => IsFixedPoint(new LatticeSites(lattice), state.N),
            _ => IsFixedPoint(new AnySites(state), state.N),
        };
    }

    private static bool IsFixedPoint<TSites>(TSites sites, int n)
        where TSites : struct, ISiteAccess
    {
        for (int i = 0; i < n; i++)
        {
            if (sites.FlipLowersCost(i))
            {
                return false;
            }
        }

        return true;
    }

    private int SweepSingle<TRule>()
        where TRule : struct, IAcceptance => State switch
        {
            HopfieldState hopfield => SweepSingle<TRule, HopfieldSites>(new HopfieldSites(hopfield)),
            DenseAssociativeMemoryState dense => SweepSingle<TRule, DenseSites>(new DenseSites(dense)),
            IsingLatticeState lattice => SweepSingle<TRule, LatticeSites>(new LatticeSites(lattice)),
            _ => SweepSingle<TRule, AnySites>(new AnySites(State)),
        };

    private int SweepSingle<TRule, TSites>(TSites sites)
        where TRule : struct, IAcceptance
        where TSites : struct, ISiteAccess
    {
        int n = State.N, flips = 0;
        double beta = _beta;
        if (typeof(TRule) == typeof(ZeroTemperatureAcceptance))
        {
            // the zero-temperature rule only asks whether the cost is negative and draws nothing for the decision
            return SweepZeroTemperature(sites, n);
        }

        if (Dynamics.Order == SiteOrder.Checkerboard)
        {
            foreach (int i in _order)
            {
                if (TRule.Accept(sites.FlipCost(i), beta, _rng))
                {
                    sites.Flip(i);
                    flips++;
                }
            }

            return flips;
        }

        if (Dynamics.Order == SiteOrder.Sequential)
        {
            for (int i = 0; i < n; i++)
            {
                if (TRule.Accept(sites.FlipCost(i), beta, _rng))
                {
                    sites.Flip(i);
                    flips++;
                }
            }

            return flips;
        }

        for (int k = 0; k < n; k++)
        {
            int i = _rng.NextInt(n);
            if (TRule.Accept(sites.FlipCost(i), beta, _rng))
            {
                sites.Flip(i);
                flips++;
            }
        }

        return flips;
    }

    private int SweepZeroTemperature<TSites>(TSites sites, int n)
        where TSites : struct, ISiteAccess
    {
        int flips = 0;
        if (Dynamics.Order == SiteOrder.Checkerboard)
        {
            foreach (int i in _order)
            {
                if (sites.FlipLowersCost(i))
                {
                    sites.Flip(i);
                    flips++;
                }
            }

            return flips;
        }

        if (Dynamics.Order != SiteOrder.Checkerboard && State is HopfieldState hopfield
            && hopfield.SweepZeroTemperature(_rng, Dynamics.Order == SiteOrder.Random) is int fast and >= 0)
        {
            // ±1 neurons: one tight loop over the pattern storage (same sites, same draws, same decisions)
            return fast;
        }

        if (Dynamics.Order == SiteOrder.Sequential)
        {
            for (int i = 0; i < n; i++)
            {
                if (sites.FlipLowersCost(i))
                {
                    sites.Flip(i);
                    flips++;
                }
            }

            return flips;
        }

        for (int k = 0; k < n; k++)
        {
            int i = _rng.NextInt(n);
            if (sites.FlipLowersCost(i))
            {
                sites.Flip(i);
                flips++;
            }
        }

        return flips;
    }

    private static int[] CheckerboardOrder(IsingLattice lattice)
    {
        var order = new int[lattice.N];
        int next = 0;
        for (int parity = 0; parity < 2; parity++)
        {
            for (int i = 0; i < lattice.N; i++)
            {
                int sum = 0;
                for (int rest = i; rest > 0; rest /= lattice.L)
                {
                    sum += rest % lattice.L;
                }

                if (sum % 2 == parity)
                {
                    order[next++] = i;
                }
            }
        }

        return order;
    }

    private int SweepSynchronous() => State switch
    {
        HopfieldState hopfield => SweepSynchronous(new HopfieldSites(hopfield)),
        _ => SweepSynchronous(new AnySites(State)),
    };

    private int SweepSynchronous<TSites>(TSites sites)
        where TSites : struct, ISiteAccess
    {
        var state = State;
        var spins = state.Spins;
        for (int i = 0; i < _proposal.Length; i++)
        {
            double h = sites.LocalField(i);
            _proposal[i] = double.IsPositiveInfinity(_beta)
                ? h > 0 ? (sbyte)1 : h < 0 ? (sbyte)-1 : spins[i]
                : _rng.NextDouble() < 1 / (1 + Math.Exp(h == 0 ? 0 : -2 * _beta * h)) ? (sbyte)1 : (sbyte)-1;
        }

        int flips = 0;
        for (int i = 0; i < _proposal.Length; i++)
        {
            if (_proposal[i] != state.Spins[i])
            {
                sites.Flip(i);
                flips++;
            }
        }

        return flips;
    }
}
