using SpinGlass.Models;
using SpinGlass.Models.Capabilities;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>
/// A lattice state that forwards <see cref="IEnergyState"/> and its geometry (which checkerboard order needs) and
/// offers no site view.
/// </summary>
internal sealed class ForwardingLatticeState(IsingLatticeState inner) : IEnergyState, ILatticeState
{
    public int N => inner.N;

    public ReadOnlySpan<sbyte> Spins => inner.Spins;

    public double Energy => inner.Energy;

    public ILatticeGeometry Geometry => inner.Geometry;

    public double LocalField(int i) => inner.LocalField(i);

    public double FlipCost(int i) => inner.FlipCost(i);

    public void Flip(int i) => inner.Flip(i);

    public void SetSpins(ReadOnlySpan<sbyte> spins) => inner.SetSpins(spins);
}
