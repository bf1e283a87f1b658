using SpinGlass.Models.Hopfield;

namespace SpinGlass.Models.Sequences;

/// <summary>
/// A network that stores the sequence ξ¹ → ξ² → … with a symmetric Hebbian term and an asymmetric transition term,
/// <c>h_i(t) = a Σ_j J^sym_ij s_j(t) + λ Σ_j J^asym_ij s̄_j(t)</c>, <c>J^sym_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>,
/// <c>J^asym_ij = (1/N) Σ_μ ξ^{μ+1}_i ξ^μ_j</c> (all j, as written; its diagonal is O(p/N)), served through the
/// pattern overlaps in O(p) per field.
/// It has <b>no energy</b>: the couplings are asymmetric, detailed balance fails, and Metropolis refuses it.
/// </summary>
/// <remarks>
/// Amari, IEEE Trans. Comput. C-21, 1197 (1972); Sompolinsky and Kanter, Phys. Rev. Lett. 57, 2861 (1986);
/// Kleinfeld, PNAS 83, 9469 (1986); Düring, Coolen and Sherrington, J. Phys. A 31, 8607 (1998).
/// </remarks>
public sealed class SequenceNetwork : ISpinModel
{
    /// <summary>Creates the network.</summary>
    /// <param name="patterns">The sequence ξ¹, ξ², …, ξᵖ.</param>
    /// <param name="symmetric">Strength a of the symmetric term. The default is 1.</param>
    /// <param name="lambda">Strength λ of the transition term.</param>
    /// <param name="kernel">The filter of the transition term. The default is none.</param>
    /// <param name="tau">Time constant τ ≥ 1 of the filter, in sweeps. The default is 1.</param>
    /// <param name="cyclic">Whether ξᵖ → ξ¹ is a transition too. The default is true.</param>
    public SequenceNetwork(PatternSet patterns, double symmetric = 1.0, double lambda = 1.0, SequenceKernel kernel = SequenceKernel.None, int tau = 1, bool cyclic = true)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        ArgumentOutOfRangeException.ThrowIfLessThan(tau, 1);
        if (!double.IsFinite(symmetric) || !double.IsFinite(lambda))
        {
            throw new ArgumentException("The coupling strengths must be finite.");
        }

        Patterns = patterns;
        Symmetric = symmetric;
        Lambda = lambda;
        Kernel = kernel;
        Tau = kernel == SequenceKernel.None ? 1 : tau;
        Cyclic = cyclic;
    }

    /// <summary>The stored sequence.</summary>
    public PatternSet Patterns { get; }

    /// <summary>Strength of the symmetric term.</summary>
    public double Symmetric { get; }

    /// <summary>Strength λ of the transition term.</summary>
    public double Lambda { get; }

    /// <summary>The filter of the transition term.</summary>
    public SequenceKernel Kernel { get; }

    /// <summary>The filter's time constant τ in sweeps (1 for no filter).</summary>
    public int Tau { get; }

    /// <summary>Whether the last pattern leads back to the first.</summary>
    public bool Cyclic { get; }

    /// <inheritdoc />
    public int N => Patterns.N;

    /// <inheritdoc />
    public string Description => $"sequence N={N} p={Patterns.P} a={Symmetric} λ={Lambda} {Kernel.ToString().ToLowerInvariant()} τ={Tau}";

    /// <summary>The pattern that follows μ in the sequence, or −1 at the end of an open sequence.</summary>
    public int Next(int mu) => mu + 1 < Patterns.P ? mu + 1 : Cyclic ? 0 : -1;

    /// <inheritdoc />
    public ISpinState CreateState(ReadOnlySpan<sbyte> spins) => new SequenceState(this, spins);
}
