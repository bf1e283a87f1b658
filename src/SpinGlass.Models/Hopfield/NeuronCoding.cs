namespace SpinGlass.Models.Hopfield;

/// <summary>How a Hopfield network's units are coded.</summary>
public enum NeuronCoding
{
    /// <summary>
    /// Ising spins <c>s_i = ±1</c> with Hebbian couplings <c>J_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j</c> and no field
    /// (Amit–Gutfreund–Sompolinsky).
    /// </summary>
    Spin,

    /// <summary>
    /// Hopfield 1982's 0/1 neurons <c>V_i = (1 + s_i)/2</c> with <c>T_ij = Σ_μ (2V^μ_i − 1)(2V^μ_j − 1)</c>
    /// (not divided by N), <c>T_ii = 0</c>, thresholds <c>U_i</c>, and
    /// <c>E = −½ Σ_{i≠j} T_ij V_i V_j + Σ_i U_i V_i</c>.
    /// </summary>
    Binary,
}
