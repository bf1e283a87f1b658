namespace SpinGlass.Runner.Config;

/// <summary>One dimension of the sweep: a sweepable parameter and its values in the order given.</summary>
/// <param name="Path">The parameter's dotted path.</param>
/// <param name="Kind">The parameter's kind (and so the CLR type of the values).</param>
/// <param name="Values">The values; one value when the key was given as a scalar or left at its default.</param>
public sealed record SweepAxis(string Path, ParameterKind Kind, IReadOnlyList<object> Values)
{
    /// <summary>Whether the axis has more than one value.</summary>
    public bool IsVarying => Values.Count > 1;
}
