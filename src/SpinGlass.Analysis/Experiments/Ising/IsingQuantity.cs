namespace SpinGlass.Analysis.Experiments.Ising;

/// <summary>The observables the <c>ising</c> experiment charts against temperature.</summary>
public enum IsingQuantity
{
    /// <summary>Energy per spin <c>E/N</c>.</summary>
    Energy,

    /// <summary>Absolute magnetisation per spin <c>⟨|m|⟩</c>.</summary>
    AbsMagnetization,

    /// <summary>Specific heat per spin <c>C</c>.</summary>
    SpecificHeat,

    /// <summary>Susceptibility per spin <c>χ</c>.</summary>
    Susceptibility,

    /// <summary>Binder cumulant <c>U_L</c>.</summary>
    Binder,
}
