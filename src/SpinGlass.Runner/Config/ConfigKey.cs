namespace SpinGlass.Runner.Config;

/// <summary>
/// A config key, declared once with its type (see <see cref="Key"/>): its schema entry, and — through
/// <see cref="ConfigKey{T}"/> — how a validated value binds to a C# value. Experiments read configs only through keys.
/// </summary>
public abstract class ConfigKey
{
    private protected ConfigKey(ParameterSpec spec) => Spec = spec;

    /// <summary>The key's schema entry.</summary>
    public ParameterSpec Spec { get; }

    /// <summary>The dotted path, e.g. <c>dynamics.rule</c>.</summary>
    public string Path => Spec.Path;

    /// <inheritdoc />
    public override string ToString() => Path;
}
