namespace SpinGlass.Models;

/// <summary>Hypercubic periodic lattices of side <c>L</c>.</summary>
public enum LatticeKind
{
    /// <summary>A ring of <c>L</c> spins (coordination <c>z = 2</c>).</summary>
    Chain = 1,

    /// <summary>An <c>L × L</c> square lattice with periodic boundaries (<c>z = 4</c>).</summary>
    Square = 2,

    /// <summary>An <c>L × L × L</c> simple cubic lattice with periodic boundaries (<c>z = 6</c>).</summary>
    Cubic = 3,
}
