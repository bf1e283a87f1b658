namespace SpinGlass.Runner.Config;

/// <summary>The resolved value(s) of one parameter.</summary>
/// <param name="Spec">The parameter's schema entry.</param>
/// <param name="Values">
/// The values in the order given (a scalar is a one-element list): <see cref="long"/> for integers,
/// <see cref="double"/> for reals, <see cref="bool"/>, or <see cref="string"/> for text and choices.
/// </param>
/// <param name="IsGiven">Whether the config or a <c>--set</c> gave the key (false when it is the default).</param>
/// <param name="IsList">Whether it was given as a list or a range (even of one value).</param>
public sealed record ResolvedParameter(ParameterSpec Spec, IReadOnlyList<object> Values, bool IsGiven, bool IsList)
{
    /// <summary>The parameter's dotted path.</summary>
    public string Path => Spec.Path;
}
