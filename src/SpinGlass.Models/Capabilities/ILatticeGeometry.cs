namespace SpinGlass.Models.Capabilities;

/// <summary>
/// A periodic hypercubic lattice of side <c>L</c> in <c>d</c> dimensions, site <c>i = Σ_a x_a L^a</c> with
/// coordinates <c>0 ≤ x_a &lt; L</c> (<c>N = L^d</c> sites).
/// </summary>
public interface ILatticeGeometry
{
    /// <summary>Side length <c>L</c>.</summary>
    int L { get; }

    /// <summary>Spatial dimension <c>d</c>.</summary>
    int Dimension { get; }

    /// <summary>Number of sites <c>N = L^d</c>.</summary>
    int N { get; }
}
