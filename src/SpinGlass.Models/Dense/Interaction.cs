namespace SpinGlass.Models.Dense;

/// <summary>The interaction function <c>F</c> of a <see cref="DenseAssociativeMemory"/>, <c>E = −Σ_μ F(ξ^μ·s)</c>.</summary>
public enum Interaction
{
    /// <summary><c>F(x) = xⁿ</c> (Demircigil et al. 2017; Krotov and Hopfield 2016).</summary>
    Polynomial,

    /// <summary><c>F(x) = xⁿ</c> for <c>x ≥ 0</c>, else 0 (Krotov and Hopfield's rectified polynomial).</summary>
    RectifiedPolynomial,

    /// <summary><c>F(x) = e^{x − N}</c>: Demircigil et al.'s exponential, shifted by the constant factor <c>e^{−N}</c>.</summary>
    Exponential,
}
