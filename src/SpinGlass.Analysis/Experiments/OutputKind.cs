using System.Diagnostics.CodeAnalysis;

namespace SpinGlass.Analysis.Experiments;

/// <summary>The type of an output column's cells.</summary>
public enum OutputKind
{
    /// <summary>A real number; NaN is written as an empty cell.</summary>
    Real,

    /// <summary>A whole number.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "The cell type, named like ParameterKind.Integer.")]
    Integer,

    /// <summary>A word (e.g. the interaction function of a dense memory).</summary>
    Text,
}
