namespace SpinGlass.Models.Learning;

/// <summary>How an associative memory turns its stored patterns into couplings (docs/learning-rules.md).</summary>
public enum LearningRule
{
    /// <summary>Hebb: <c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c>; capacity α_c ≈ 0.138 for random patterns (AGS 1985).</summary>
    Hebb,

    /// <summary>
    /// Storkey (1997): incremental and local, <c>ΔJ_ij = (1/N)(ξ_i ξ_j − ξ_i h_ji − h_ij ξ_j)</c> with
    /// <c>h_ij = Σ_{k≠i,j} J_ik ξ_k</c>; capacity about <c>N/√(2 ln N)</c>.
    /// </summary>
    Storkey,

    /// <summary>
    /// Projection (pseudo-inverse, Personnaz et al. 1985; Kanter and Sompolinsky 1987): <c>J = (1/N) Σ_μν ξ^μ (C⁻¹)_μν ξ^ν</c>
    /// with <c>C_μν = ξ^μ·ξ^ν/N</c>; every linearly independent pattern is a fixed point for <c>p &lt; N</c>.
    /// </summary>
    PseudoInverse,

    /// <summary>
    /// Covariance rule for 0/1 patterns of activity <c>a</c> (Tsodyks and Feigel'man 1988):
    /// <c>w_ij = Σ_μ (V^μ_i − a)(V^μ_j − a) / (N a(1 − a))</c> with a threshold θ; α_c ≈ 1/(2a|ln a|) at small a.
    /// </summary>
    Covariance,
}
