using SpinGlass.Models;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>A state that forwards <see cref="ISpinState"/> and offers no capability: the chain's generic path.</summary>
internal sealed class ForwardingState(ISpinState inner) : ISpinState
{
    public int N => inner.N;

    public ReadOnlySpan<sbyte> Spins => inner.Spins;

    public double LocalField(int i) => inner.LocalField(i);

    public double FlipCost(int i) => inner.FlipCost(i);

    public void Flip(int i) => inner.Flip(i);

    public void SetSpins(ReadOnlySpan<sbyte> spins) => inner.SetSpins(spins);

    /// <summary>
    /// The forwarding wrapper that keeps what the dynamics need: the energy for Metropolis, the lattice geometry for
    /// checkerboard order — never a site view, a kernel or an end-of-sweep hook.
    /// </summary>
    public static ISpinState Wrap(ISpinState inner) => inner switch
    {
        IsingLatticeState lattice => new ForwardingLatticeState(lattice),
        IEnergyState energy => new ForwardingEnergyState(energy),
        _ => new ForwardingState(inner),
    };
}
