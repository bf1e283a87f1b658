namespace SpinGlass.Models;

/// <summary>
/// A network of <c>N</c> Ising spins <c>s_i = ±1</c> that exposes local fields <c>h_i</c>.
/// Every model in SpinGlass implements it: lattices, spin glasses, Hopfield networks, dense
/// associative memories and asymmetric sequence networks.
/// </summary>
/// <remarks>
/// Models are immutable definitions (couplings, patterns, fields). The mutable part of a Markov chain —
/// the spins and the incremental caches a flip updates — lives in an <see cref="ISpinState"/> created by
/// <see cref="CreateState"/>. Models without a symmetric coupling matrix have fields but no energy; only
/// <see cref="IEnergyModel"/> promises a Hamiltonian.
/// </remarks>
public interface ISpinModel
{
    /// <summary>Number of spins <c>N</c>.</summary>
    int N { get; }

    /// <summary>A short human-readable description, e.g. <c>ising square L=8 J=1 h=0</c>.</summary>
    string Description { get; }

    /// <summary>Creates a chain state at the given configuration; the spins are copied.</summary>
    /// <param name="spins">Initial configuration, <c>N</c> values of ±1.</param>
    ISpinState CreateState(ReadOnlySpan<sbyte> spins);
}
