namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// A specialised sampler of the periodic L×L Ising model <c>H = −J Σ_⟨ij⟩ s_i s_j − h Σ_i s_i</c> that owns its spin
/// configuration (site <c>(i, j)</c> at index <c>i·L + j</c>, as in <see cref="Models.IsingLattice"/>).
/// </summary>
public interface ILatticeSampler : ISweepable
{
    /// <summary>Side length <c>L</c>.</summary>
    int L { get; }

    /// <summary>Number of spins <c>N = L²</c>.</summary>
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
