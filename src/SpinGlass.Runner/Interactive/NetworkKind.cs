namespace SpinGlass.Runner.Interactive;

/// <summary>The kind of network a <c>network.json</c> describes.</summary>
public enum NetworkKind
{
    /// <summary>The classical Hopfield network with Hebbian couplings (±1 spins or Hopfield 1982's 0/1 neurons).</summary>
    Classical,

    /// <summary>A dense associative memory <c>E = −Σ_μ F(ξ^μ·s)</c>.</summary>
    Dense,

    /// <summary>The modern (continuous) Hopfield network of Ramsauer et al. 2020.</summary>
    Modern,
}
