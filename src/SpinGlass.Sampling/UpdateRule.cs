namespace SpinGlass.Sampling;

/// <summary>The single-spin or parallel update rule of a chain (docs/physics.md, "Dynamics").</summary>
public enum UpdateRule
{
    /// <summary>Accept a flip with <c>min(1, e^{−βΔE})</c>. Needs an energy model.</summary>
    Metropolis,

    /// <summary>Heat bath: flip with <c>1/(1 + e^{βΔE})</c>, i.e. <c>P(s_i = +1) = 1/(1 + e^{−2βh_i})</c>.</summary>
    Glauber,

    /// <summary>Asynchronous <c>s_i ← sgn(h_i)</c>; a zero field keeps the spin. β is ignored (β = ∞).</summary>
    ZeroTemperature,

    /// <summary>All spins at once from the old fields (Little dynamics): <c>sgn(h_i)</c> at β = ∞, heat bath otherwise.</summary>
    Synchronous,

    /// <summary>
    /// Wolff single-cluster updates of an Ising lattice at h = 0: one step grows a Fortuin–Kasteleyn cluster from a random
    /// site through satisfied bonds, each added with <c>p = 1 − e^{−2β|J|}</c>, and flips it. Runs on
    /// <see cref="Clusters.WolffCluster"/>, not on <see cref="MarkovChain"/>; one "sweep" of it is one cluster step.
    /// </summary>
    Wolff,
}
