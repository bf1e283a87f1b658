namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// A specialised sampler of the periodic Ising model <c>H = −J Σ_⟨ij⟩ s_i s_j − h Σ_i s_i</c> on the square (L×L) or
/// simple cubic (L×L×L) lattice that owns its spin configuration, indexed as in <see cref="Models.IsingLattice"/>: site
/// <c>(i, j)</c> at <c>i·L + j</c>, site <c>(x, y, z)</c> at <c>(z·L + y)·L + x</c>.
/// </summary>
public interface ILatticeSampler : ISweepable
{
    /// <summary>Side length <c>L</c>.</summary>
    int L { get; }

    /// <summary>Number of spins: <c>N = L²</c> on the square lattice, <c>L³</c> on the cubic.</summary>
    int N { get; }

    /// <summary>Sweeps done so far.</summary>
    long Sweeps { get; }

    /// <summary>The integer bond sum <c>B = Σ_⟨ij⟩ s_i s_j</c> of the current configuration.</summary>
    long BondSum { get; }

    /// <summary>The integer magnetisation <c>M = Σ_i s_i</c> of the current configuration.</summary>
    long Magnetisation { get; }

    /// <summary>The energy <c>E = −J·B − h·M</c> of the current configuration.</summary>
    double Energy { get; }

    /// <summary>Replaces the configuration by <paramref name="spins"/> (N values ±1).</summary>
    void SetSpins(ReadOnlySpan<sbyte> spins);

    /// <summary>Writes the configuration as ±1 into <paramref name="destination"/> (length N).</summary>
    void CopySpinsTo(Span<sbyte> destination);
}
