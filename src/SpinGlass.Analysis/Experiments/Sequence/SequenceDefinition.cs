using SpinGlass.Models.Sequences;
using SpinGlass.Sampling;

namespace SpinGlass.Analysis.Experiments.Sequence;

/// <summary>
/// The <c>sequence</c> experiment: store a random sequence ξ¹ → ξ² → … → ξᵖ with symmetric and asymmetric couplings,
/// start at ξ¹ and follow the overlaps m_μ(t) for <see cref="Sweeps"/> sweeps.
/// </summary>
/// <param name="Points">The (N, p, λ, τ, T) points in output order.</param>
/// <param name="Symmetric">Strength a of the symmetric term (0: the purely asymmetric network).</param>
/// <param name="Kernel">The filter of the transition term.</param>
/// <param name="Cyclic">Whether ξᵖ → ξ¹ is stored too.</param>
/// <param name="RecallOverlap">The overlap at which a pattern counts as reached.</param>
/// <param name="Rule">Update rule: synchronous, zero-temperature or glauber (these networks have no energy).</param>
/// <param name="Order">Site order of the asynchronous rules.</param>
/// <param name="Sweeps">Run length in sweeps (synchronous: steps).</param>
/// <param name="Trials">Independent sequences per point.</param>
public sealed record SequenceDefinition(
    IReadOnlyList<SequencePoint> Points,
    double Symmetric,
    SequenceKernel Kernel,
    bool Cyclic,
    double RecallOverlap,
    UpdateRule Rule,
    SiteOrder Order,
    int Sweeps,
    int Trials)
{
    /// <summary>The most patterns a trace records (m_1 … m_k with k = min(p, this)).</summary>
    public const int TracedPatterns = 32;

    /// <summary>
    /// The purely asymmetric synchronous network (no symmetric term, no filter): it steps one pattern per update, so
    /// following the sequence means being on schedule, ξ^{1 + t mod p} at step t.
    /// </summary>
    public bool Stepping => Symmetric == 0 && Kernel == SequenceKernel.None && Rule == UpdateRule.Synchronous;

    /// <summary>
    /// The run as a <see cref="ChainProtocol"/>: <see cref="Sweeps"/> sweeps of the rule, measured after each, whatever
    /// the temperature (a sequence is followed along its trajectory, never relaxed to a fixed point).
    /// </summary>
    public ChainProtocol Protocol => new(Rule, Order, MaxSweeps: 0, Thermalize: 0, Measure: Sweeps, RelaxAtZeroTemperature: false);
}
