using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// Metropolis or Glauber sweeps of ±1 Hopfield neurons in random, sequential or permutation order, run by the state's
/// own loop over integer flip costs (<see cref="HopfieldState.SweepByFlipCost"/>) with a threshold table
/// (<see cref="IntegerCostThresholds"/>): no floating-point field and no <c>exp</c> per update; the same sites, draws
/// and decisions as the rule over the state's <c>FlipCost</c>.
/// </summary>
internal sealed class TabulatedHopfieldSweep : ChainSweep
{
    private readonly HopfieldState _state;
    private readonly IntegerCostThresholds _thresholds;
    private readonly SiteOrder _order;
    private readonly int[] _permutation;
    private readonly Xoshiro256StarStar _rng;

    /// <param name="state">The state (±1 neurons).</param>
    /// <param name="thresholds">The rule's table over the state's flip-cost numerators.</param>
    /// <param name="order">Random, sequential or permutation.</param>
    /// <param name="rng">The chain's generator (shared).</param>
    public TabulatedHopfieldSweep(HopfieldState state, IntegerCostThresholds thresholds, SiteOrder order, Xoshiro256StarStar rng)
    {
        (_state, _thresholds, _order, _rng) = (state, thresholds, order, rng);
        _permutation = order == SiteOrder.Permutation ? Permutation.Identity(state.N) : [];
    }

    /// <inheritdoc />
    public override string Path => $"HopfieldState integer flip costs over {_state.SweepStorage}, tabulated acceptance";

    /// <inheritdoc />
    public override int Sweep()
    {
        var decision = new ThresholdDecision(_thresholds);
        if (_order == SiteOrder.Permutation)
        {
            Permutation.Shuffle(_permutation, _rng);
        }

        return _state.SweepByFlipCost(ref decision, _rng, _order == SiteOrder.Random, _permutation);
    }
}
