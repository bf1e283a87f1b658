namespace SpinGlass.Models.Dense;

/// <summary>The interaction function <c>F</c> of a <see cref="DenseAssociativeMemory"/>, <c>E = −Σ_μ F(ξ^μ·s)</c>.</summary>
public enum Interaction
{
    /// <summary><c>F(x) = xⁿ</c> (Demircigil et al. 2017; Krotov and Hopfield 2016).</summary>
    Polynomial,

    /// <summary><c>F(x) = xⁿ</c> for <c>x ≥ 0</c>, else 0 (Krotov and Hopfield's rectified polynomial).</summary>
    RectifiedPolynomial,

    /// <summary>
    /// <c>F(x) = e^{βx}</c> (β = 1: Demircigil et al.'s exponential), evaluated as <c>e^{β(x − N)}</c>, shifted by the
    /// constant factor <c>e^{−βN}</c>.
    /// </summary>
    Exponential,
}
