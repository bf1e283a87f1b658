using System.Diagnostics.CodeAnalysis;

namespace SpinGlass.Runner.Config;

/// <summary>The value type of a config parameter and the CLR type it resolves to.</summary>
public enum ParameterKind
{
    /// <summary>A whole number, resolved to <see cref="long"/>.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "The config value kind, named as in the YAML core schema.")]
    Integer,

    /// <summary>A finite real number (or <c>.inf</c> where allowed), resolved to <see cref="double"/>.</summary>
    Real,

    /// <summary><c>true</c> or <c>false</c>, resolved to <see cref="bool"/>.</summary>
    Boolean,

    /// <summary>Free non-empty text, resolved to <see cref="string"/>.</summary>
    Text,

    /// <summary>One of a fixed set of names, resolved to <see cref="string"/>.</summary>
    Choice,
}
