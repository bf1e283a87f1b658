namespace SpinGlass.Analysis.Theory;

/// <summary>
/// A solution of the replica-symmetric AGS saddle-point equations with one condensed pattern:
/// <c>m = ∫Dz tanh β(m + √(αr) z)</c>, <c>q = ∫Dz tanh² β(m + √(αr) z)</c>, <c>r = q/[1 − β(1 − q)]²</c>.
/// </summary>
/// <param name="Alpha">Load <c>α = p/N ≥ 0</c>.</param>
/// <param name="Beta">Inverse temperature <c>β ∈ [0, ∞]</c>; β = ∞ is the T = 0 solution.</param>
/// <param name="Branch">
/// The branch found; <see cref="ReplicaSymmetricBranch.Paramagnet"/> when the spin-glass branch was asked for above
/// <c>T_g</c>, where it has merged with the paramagnet.
/// </param>
/// <param name="M">Overlap with the condensed pattern, <c>m = (1/N) Σ_i ξ¹_i ⟨s_i⟩</c>.</param>
/// <param name="Q">Edwards–Anderson order parameter <c>q = (1/N) Σ_i ⟨s_i⟩²</c> (1 at β = ∞).</param>
/// <param name="R">
/// Noise from the uncondensed patterns, <c>r = (1/α) Σ_{μ&gt;1} ⟨m_μ⟩²</c>; the field on a spin is
/// <c>h = m + √(αr) z</c>.
/// </param>
/// <param name="C">
/// The local susceptibility <c>C = β(1 − q)</c>, finite at β = ∞ (<c>r = q/(1 − C)²</c>).
/// </param>
/// <param name="Converged">
/// True when the branch exists at (α, β) and the equations were solved to ~1e-13; false (with NaN order parameters
/// for the retrieval branch) when it does not exist, e.g. above <c>α_M(T)</c> or, for the paramagnet, below T = 1.
/// </param>
/// <remarks>Amit, Gutfreund &amp; Sompolinsky, Ann. Phys. 173, 30 (1987).</remarks>
public sealed record ReplicaSymmetricSolution(
    double Alpha,
    double Beta,
    ReplicaSymmetricBranch Branch,
    double M,
    double Q,
    double R,
    double C,
    bool Converged)
{
    /// <summary>Temperature <c>T = 1/β</c> (0 at β = ∞, ∞ at β = 0).</summary>
    public double Temperature => 1 / Beta;

    /// <summary>Width of the Gaussian noise field, <c>σ = √(αr)</c>.</summary>
    public double Sigma => Math.Sqrt(Alpha * R);
}
