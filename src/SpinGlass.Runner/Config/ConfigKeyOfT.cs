namespace SpinGlass.Runner.Config;

/// <summary>A config key whose validated values bind to <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The bound type: <see cref="int"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="string"/> or an enum.</typeparam>
public sealed class ConfigKey<T> : ConfigKey
{
    private readonly Func<object, T> _bind;

    internal ConfigKey(ParameterSpec spec, Func<object, T> bind)
        : base(spec) => _bind = bind;

    /// <summary>The bound value of a validated raw value (the loader's <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/>).</summary>
    public T Bind(object value) => _bind(value);

    /// <summary>The same key with another spec (e.g. another default or bounds); the binding is kept.</summary>
    public ConfigKey<T> With(Func<ParameterSpec, ParameterSpec> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var spec = change(Spec);
        return spec.Path == Spec.Path ? new ConfigKey<T>(spec, _bind) : throw new ArgumentException("A key keeps its path.", nameof(change));
    }
}
