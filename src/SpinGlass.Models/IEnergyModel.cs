namespace SpinGlass.Models;

/// <summary>
/// A model with a Hamiltonian <c>E(s)</c>: symmetric couplings, so that the Boltzmann weight
/// <c>e^{−βE(s)}</c> is the stationary distribution of Metropolis and heat-bath dynamics.
/// </summary>
/// <remarks>
/// The flip cost of an energy model is exactly <c>ΔE_i = E(s with s_i flipped) − E(s)</c>; for the
/// quadratic models <c>ΔE_i = 2 s_i h_i</c>.
/// </remarks>
public interface IEnergyModel : ISpinModel
{
    /// <summary>The energy <c>E(s)</c> computed from scratch (the reference the caches are tested against).</summary>
    double Energy(ReadOnlySpan<sbyte> spins);

    /// <summary>Creates a chain state that also tracks the energy incrementally.</summary>
    new IEnergyState CreateState(ReadOnlySpan<sbyte> spins);

    ISpinState ISpinModel.CreateState(ReadOnlySpan<sbyte> spins) => CreateState(spins);
}
