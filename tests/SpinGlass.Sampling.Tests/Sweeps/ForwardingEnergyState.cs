using SpinGlass.Models;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>A state that forwards <see cref="IEnergyState"/> and offers no capability.</summary>
internal sealed class ForwardingEnergyState(IEnergyState inner) : IEnergyState
{
    public int N => inner.N;

    public ReadOnlySpan<sbyte> Spins => inner.Spins;

    public double Energy => inner.Energy;

    public double LocalField(int i) => inner.LocalField(i);

    public double FlipCost(int i) => inner.FlipCost(i);

    public void Flip(int i) => inner.Flip(i);

    public void SetSpins(ReadOnlySpan<sbyte> spins) => inner.SetSpins(spins);
}
