namespace SpinGlass.Models.Learning;

/// <summary>Options of <see cref="LearnedNetwork.Learn"/>.</summary>
/// <param name="Activity">
/// The coding level a of the stored 0/1 patterns (fraction of active units, ξ = +1 ⇔ V = 1), used by the covariance rule;
/// null means 0.5 (unbiased). Other rules store the ±1 patterns as they are.
/// </param>
/// <param name="Threshold">
/// Covariance rule: the threshold θ of the 0/1 neurons, <c>V_i ← 1 if Σ_j w_ij V_j &gt; θ</c>; null means <c>½ − a</c>, midway
/// between the fields <c>1 − a</c> and <c>−a</c> a stored pattern gives its active and silent units.
/// </param>
/// <param name="SelfCoupling">
/// Keep the diagonal <c>J_ii</c> in the local field that zero-temperature dynamics follows (a stability margin). It never enters
/// the energy's flip cost: <c>J_ii s_i²</c> is a constant. False (the default) zeroes it.
/// </param>
/// <param name="Path">
/// Which representation serves the fields; null picks the fastest the rule allows (<see cref="CouplingPath.Overlaps"/> for
/// every rule but Storkey, whose couplings have no pattern form).
/// </param>
public sealed record LearningOptions(double? Activity = null, double? Threshold = null, bool SelfCoupling = false, CouplingPath? Path = null)
{
    /// <summary>The defaults: unbiased patterns, no self-coupling, the fastest path.</summary>
    public static LearningOptions Default { get; } = new();
}

/// <summary>How a <see cref="LearnedNetwork"/> serves its local fields.</summary>
public enum CouplingPath
{
    /// <summary>
    /// Through the pattern overlaps <c>M_μ</c>: <c>h_i = Σ_μ η^μ_i M_μ + g_i Σ_j s_j + b_i − J_ii s_i</c> with per-rule
    /// dual patterns η (ξ/N for Hebb, C⁻¹ξ/N for the pseudo-inverse, centred patterns for the covariance rule); O(p) per
    /// field and per flip, no N × N matrix.
    /// </summary>
    Overlaps,

    /// <summary>An explicit N × N matrix with cached fields; O(1) per field, O(N) per flip, 8N² bytes.</summary>
    Matrix,
}
