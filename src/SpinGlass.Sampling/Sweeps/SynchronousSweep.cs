using SpinGlass.Models;
using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// One synchronous (Little) step: every spin proposed from the old fields — <c>sgn(h_i)</c> at β = ∞ (a zero field
/// keeps the spin), else +1 with <c>1/(1 + e^{−2βh_i})</c> — then the changed spins flipped in index order.
/// </summary>
internal sealed class SynchronousSweep<TSites> : ChainSweep
    where TSites : struct, ISiteAccess
{
    private readonly TSites _sites;
    private readonly ISpinState _state;
    private readonly double _beta;
    private readonly Xoshiro256StarStar _rng;
    private readonly sbyte[] _proposal;

    public SynchronousSweep(TSites sites, ISpinState state, double beta, Xoshiro256StarStar rng, string path)
    {
        (_sites, _state, _beta, _rng, Path) = (sites, state, beta, rng, path);
        _proposal = new sbyte[state.N];
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override int Sweep()
    {
        var sites = _sites;
        var proposal = _proposal;
        var state = _state;
        var rng = _rng;
        double beta = _beta;
        var spins = state.Spins;
        for (int i = 0; i < proposal.Length; i++)
        {
            double h = sites.LocalField(i);
            proposal[i] = double.IsPositiveInfinity(beta)
                ? h > 0 ? (sbyte)1 : h < 0 ? (sbyte)-1 : spins[i]
                : rng.NextDouble() < 1 / (1 + Math.Exp(h == 0 ? 0 : -2 * beta * h)) ? (sbyte)1 : (sbyte)-1;
        }

        int flips = 0;
        for (int i = 0; i < proposal.Length; i++)
        {
            if (proposal[i] != spins[i])
            {
                sites.Flip(i);
                flips++;
                spins = state.Spins; // the view is valid until the next flip
            }
        }

        return flips;
    }
}
