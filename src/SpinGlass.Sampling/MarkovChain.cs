using SpinGlass.Models;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Sweeps;

namespace SpinGlass.Sampling;

/// <summary>
/// One Markov chain: the mutable spin state with its caches, the chain's own RNG stream, the dynamics and the
/// sweep/acceptance counters. One sweep is N attempted single-spin updates (or one synchronous step).
/// </summary>
/// <remarks>
/// The chain knows no model: when it is built it asks the state once for the capabilities it offers and picks its sweep
/// from them. A state's whole-sweep zero-temperature kernel (<see cref="IZeroTemperatureKernelProvider"/>) runs
/// zero-temperature sweeps in random or sequential order; Metropolis and Glauber on ±1 Hopfield neurons run from integer
/// flip costs and a threshold table (the same decisions as <c>exp</c>, without it); otherwise the sweep loop is generic over the acceptance rule
/// and over the state's own struct site view (<see cref="ISiteAccessProvider"/>), so the JIT compiles one loop per
/// state type with direct calls and no interface dispatch per spin; a state without a view is swept through
/// <see cref="ISpinState"/>. All paths make the same arithmetic and the same RNG draws, so trajectories are
/// bit-identical whichever runs. Checkerboard order takes the lattice from <see cref="ILatticeState"/>, and a state
/// with memory across sweeps (<see cref="IEndOfSweepHook"/>) is told after every sweep.
/// </remarks>
public sealed class MarkovChain : ISweepable
{
    private const string RandomStream = "xoshiro256**";

    private readonly ChainSweep _sweep;
    private readonly IEndOfSweepHook? _endOfSweep;
    private readonly Xoshiro256StarStar _rng;

    /// <summary>
    /// Creates a chain; Metropolis requires an <see cref="IEnergyState"/>, checkerboard order an <see cref="ILatticeState"/>,
    /// rows order a row width that divides N.
    /// </summary>
    /// <param name="state">The spin state; the chain flips its spins.</param>
    /// <param name="dynamics">The dynamics.</param>
    /// <param name="rng">The chain's generator, shared (not copied): the chain draws from it.</param>
    /// <exception cref="InvalidOperationException">Metropolis on a network without an energy function.</exception>
    /// <exception cref="ArgumentException">
    /// Checkerboard order on a state that is not a lattice; rows that do not tile the state; the wolff rule (a cluster update, see
    /// <see cref="Clusters.WolffCluster"/>).
    /// </exception>
    public MarkovChain(ISpinState state, Dynamics dynamics, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dynamics);
        ArgumentNullException.ThrowIfNull(rng);
        Dynamics = dynamics.Validated();
        if (dynamics.Rule == UpdateRule.Metropolis && state is not IEnergyState)
        {
            throw new InvalidOperationException(
                "The metropolis rule needs an energy difference ΔE, but this network has asymmetric couplings and no energy function; " +
                "use glauber, zero-temperature or synchronous dynamics.");
        }

        if (dynamics.Rule == UpdateRule.Wolff)
        {
            throw new ArgumentException(
                "The wolff rule flips clusters, not single spins: it runs on Clusters.WolffCluster (Ising lattices at h = 0), not on a Markov chain of single-spin updates.",
                nameof(dynamics));
        }

        int[] checkerboard = dynamics.Order == SiteOrder.Checkerboard
            ? state is ILatticeState { Geometry: var lattice } && lattice.N == state.N
                ? CheckerboardOrder.Of(lattice)
                : throw new ArgumentException("Checkerboard order needs an Ising lattice.", nameof(dynamics))
            : [];
        if (dynamics.Order == SiteOrder.Rows && state.N % dynamics.RowWidth != 0)
        {
            throw new ArgumentException($"Rows of {dynamics.RowWidth} sites do not tile the {state.N} sites.", nameof(dynamics));
        }

        State = state;
        _rng = rng;
        double beta = dynamics.Rule == UpdateRule.ZeroTemperature ? double.PositiveInfinity : dynamics.Beta;
        _sweep = SweepBuilder.Create(state, Dynamics, beta, checkerboard, rng);
        _endOfSweep = state as IEndOfSweepHook;
        Engine = $"markov-chain: {_sweep.Path}; {EngineNames.Of(Dynamics)}; {RandomStream}";
    }

    /// <summary>The spin state (spins and caches).</summary>
    public ISpinState State { get; }

    /// <summary>The dynamics.</summary>
    public Dynamics Dynamics { get; }

    /// <summary>
    /// What runs, fixed when the chain is built: <c>"markov-chain: PATH; RULE[, ORDER order]; xoshiro256**"</c>, where
    /// PATH is <c>"S site access"</c> (the loop specialised for state type S's own site view), the name of the state's
    /// whole-sweep kernel (e.g. <c>"HopfieldState zero-temperature sweep over int16 rows"</c>),
    /// <c>"HopfieldState integer flip costs over int16 rows, tabulated acceptance"</c> (Metropolis and Glauber on ±1 Hopfield neurons
    /// without <c>exp</c>, see <see cref="HopfieldState.SweepByFlipCost"/>), or <c>"generic ISpinState calls (S)"</c>;
    /// RULE is metropolis, glauber, zero-temperature or synchronous; ORDER is random, sequential, permutation,
    /// checkerboard or <c>rows order (width W)</c>. For example <c>"markov-chain: HopfieldState integer flip costs,
    /// tabulated acceptance; glauber, random order; xoshiro256**"</c>.
    /// </summary>
    /// <remarks>
    /// The path depends only on the state and the dynamics, never on the CPU, and every path gives the same chain bit
    /// for bit; the vector width of a pattern-based state's O(p) kernels (exact integer arithmetic, so also without
    /// effect on results) is named by <see cref="Models.Hopfield.PatternSet.Engine"/>. A chain can stand in for a
    /// specialised lattice sampler, though: where <see cref="Lattice.LatticeSamplers.TryCreate"/> finds none (the
    /// Glauber rule or a field h ≠ 0 on a CPU without AVX2) callers run this chain instead, and this string — a
    /// markov-chain with its xoshiro256** stream, not the AVX2 sampler's xoshiro256++ lanes — records it.
    /// </remarks>
    public string Engine { get; }

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

    /// <summary>
    /// Performs one sweep and returns the number of spins flipped in it; then calls the state's end-of-sweep hook
    /// (<see cref="IEndOfSweepHook"/>), if it has one.
    /// </summary>
    public int Sweep()
    {
        int flips = _sweep.Sweep();
        _endOfSweep?.EndSweep();
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
    public Relaxation RunToFixedPoint(int maxSweeps, CancellationToken cancellation = default) => RunToFixedPoint(maxSweeps, null, cancellation);

    /// <summary>As <see cref="RunToFixedPoint(int, CancellationToken)"/>, calling <paramref name="afterSweep"/> after every sweep.</summary>
    /// <param name="maxSweeps">The sweep limit.</param>
    /// <param name="afterSweep">Called after every sweep (it must not draw from the chain's stream), or null.</param>
    /// <param name="cancellation">Checked before every sweep.</param>
    /// <returns>The sweeps made and whether a fixed point was reached.</returns>
    public Relaxation RunToFixedPoint(int maxSweeps, Action? afterSweep, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSweeps);
        for (int sweep = 1; sweep <= maxSweeps; sweep++)
        {
            cancellation.ThrowIfCancellationRequested();
            int flips = Sweep();
            afterSweep?.Invoke();
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
        return FixedPointTest.Run(state);
    }
}
