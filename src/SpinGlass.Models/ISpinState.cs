namespace SpinGlass.Models;

/// <summary>
/// The mutable state of one Markov chain: the spins and the caches from which local fields are served.
/// </summary>
/// <remarks>
/// A flip updates the caches incrementally: O(z) on a lattice, O(p) for a Hopfield network (through the
/// pattern overlaps), O(N) for an explicit coupling matrix. Spins are ±1.
/// </remarks>
public interface ISpinState
{
    /// <summary>Number of spins <c>N</c>.</summary>
    int N { get; }

    /// <summary>The current configuration (read-only view; valid until the next flip).</summary>
    ReadOnlySpan<sbyte> Spins { get; }

    /// <summary>The local field <c>h_i</c>: zero-temperature dynamics sets <c>s_i ← sgn(h_i)</c> (a zero field keeps the spin).</summary>
    double LocalField(int i);

    /// <summary>
    /// The cost of flipping spin <c>i</c>, <c>2 s_i h_i</c>. For an <see cref="IEnergyState"/> this is exactly
    /// <c>ΔE_i = E(s with s_i flipped) − E(s)</c>.
    /// </summary>
    double FlipCost(int i);

    /// <summary>Flips spin <c>i</c> and updates every cache.</summary>
    void Flip(int i);

    /// <summary>Replaces the whole configuration and rebuilds the caches from scratch.</summary>
    void SetSpins(ReadOnlySpan<sbyte> spins);
}
