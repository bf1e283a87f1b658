using SpinGlass.Models;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// Picks the sweep of a chain once, from the capabilities its state offers: the state's whole-sweep zero-temperature
/// kernel where it has one and the dynamics allow it, the integer flip costs of ±1 Hopfield neurons with tabulated
/// Metropolis or Glauber acceptance, else a loop specialised for the state's own site view
/// (<see cref="ISiteAccessProvider"/>), else the same loop through <see cref="ISpinState"/>.
/// </summary>
internal readonly struct SweepBuilder : ISiteVisitor<ChainSweep>
{
    private readonly ISpinState _state;
    private readonly Dynamics _dynamics;
    private readonly double _beta;
    private readonly int[] _checkerboard;
    private readonly Xoshiro256StarStar _rng;
    private readonly string _path;

    private SweepBuilder(ISpinState state, Dynamics dynamics, double beta, int[] checkerboard, Xoshiro256StarStar rng, string path) =>
        (_state, _dynamics, _beta, _checkerboard, _rng, _path) = (state, dynamics, beta, checkerboard, rng, path);

    /// <summary>The sweep for <paramref name="state"/> under validated <paramref name="dynamics"/>.</summary>
    /// <param name="state">The chain state.</param>
    /// <param name="dynamics">The dynamics.</param>
    /// <param name="beta">β as the rules see it (∞ for the zero-temperature rule).</param>
    /// <param name="checkerboard">The sites in checkerboard order, or empty for other orders.</param>
    /// <param name="rng">The chain's generator (shared).</param>
    public static ChainSweep Create(ISpinState state, Dynamics dynamics, double beta, int[] checkerboard, Xoshiro256StarStar rng)
    {
        string name = state.GetType().Name;
        if (dynamics.Rule == UpdateRule.ZeroTemperature && dynamics.Order is SiteOrder.Random or SiteOrder.Sequential
            && state is IZeroTemperatureKernelProvider { ZeroTemperatureKernel: { } kernel })
        {
            return new KernelSweep(kernel, dynamics.Order == SiteOrder.Random, rng);
        }

        if (dynamics.Rule is UpdateRule.Metropolis or UpdateRule.Glauber && dynamics.Order is not (SiteOrder.Rows or SiteOrder.Checkerboard)
            && state is HopfieldState hopfield && hopfield.TryGetFlipCostNumeratorRange(out int min, out int max))
        {
            return new TabulatedHopfieldSweep(hopfield, new IntegerCostThresholds(dynamics.Rule, beta, state.N, min, max), dynamics.Order, rng);
        }

        if (state is ISiteAccessProvider provider)
        {
            var builder = new SweepBuilder(state, dynamics, beta, checkerboard, rng, $"{name} site access");
            return provider.Accept<SweepBuilder, ChainSweep>(ref builder);
        }

        return new SweepBuilder(state, dynamics, beta, checkerboard, rng, $"generic ISpinState calls ({name})").Visit(new AnySites(state));
    }

    /// <inheritdoc />
    public ChainSweep Visit<TSites>(TSites sites)
        where TSites : struct, ISiteAccess => _dynamics.Order == SiteOrder.Rows
        ? new RowSweep<TSites>(sites, _state.N, _dynamics.RowWidth, _path)
        : _dynamics.Rule switch
        {
            // cached fields make an attempt cheap next to exp: the bracketed rule makes the same decisions without most of them
            UpdateRule.Metropolis => _state is CouplingMatrixState
                ? Single<BracketedMetropolisAcceptance, TSites>(sites)
                : Single<MetropolisAcceptance, TSites>(sites),
            UpdateRule.Glauber => Single<GlauberAcceptance, TSites>(sites),
            UpdateRule.ZeroTemperature => Single<ZeroTemperatureAcceptance, TSites>(sites),
            _ => new SynchronousSweep<TSites>(sites, _state, _beta, _rng, _path),
        };

    private SiteSweep<RuleDecision<TRule, TSites>> Single<TRule, TSites>(TSites sites)
        where TRule : struct, IAcceptance
        where TSites : struct, ISiteAccess =>
        new(new(sites, _beta), _state.N, _dynamics.Order, _checkerboard, _rng, _path);
}
