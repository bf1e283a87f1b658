using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SpinGlass.Runner.Config;

/// <summary>
/// One point of the sweep: a value for every axis, and the single values of all other parameters.
/// </summary>
public sealed class SweepPoint
{
    private readonly ResolvedConfig _config;
    private readonly int[] _coordinates;

    internal SweepPoint(int index, ResolvedConfig config, int[] coordinates)
    {
        Index = index;
        _config = config;
        _coordinates = coordinates;
    }

    /// <summary>The 0-based position of the point in <see cref="ResolvedConfig.Points"/>.</summary>
    public int Index { get; }

    /// <summary>The axis values of this point, in axis order (path, value).</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Coordinates =>
        [.. _config.Axes.Select((axis, i) => KeyValuePair.Create(axis.Path, axis.Values[_coordinates[i]]))];

    /// <summary>The value of <paramref name="path"/> at this point.</summary>
    /// <exception cref="KeyNotFoundException">The parameter has no value.</exception>
    public object Value(string path)
    {
        var axis = _config.AxisIndexOf(path);
        return axis >= 0 ? _config.Axes[axis].Values[_coordinates[axis]] : _config.GetSingle(path);
    }

    /// <summary>The bound value of <paramref name="key"/> at this point.</summary>
    public T Get<T>(ConfigKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Bind(Value(key.Path));
    }

    /// <summary>The integer value of <paramref name="path"/> at this point.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Reads as point.Int(\"model.L\") beside point.Real(\"T\").")]
    public long Int(string path) => Value(path) is long value
        ? value
        : throw new InvalidOperationException($"'{path}' is not an integer parameter.");

    /// <summary>The real value of <paramref name="path"/> at this point (integers are converted).</summary>
    public double Real(string path) => Value(path) switch
    {
        double value => value,
        long value => value,
        _ => throw new InvalidOperationException($"'{path}' is not a numeric parameter."),
    };

    /// <summary>The text or choice of <paramref name="path"/> at this point.</summary>
    public string Text(string path) => Value(path) as string
        ?? throw new InvalidOperationException($"'{path}' is not a text or choice parameter.");

    /// <summary>The true/false value of <paramref name="path"/> at this point.</summary>
    public bool Bool(string path) => Value(path) is bool value
        ? value
        : throw new InvalidOperationException($"'{path}' is not a boolean parameter.");

    /// <summary>The varying coordinates, e.g. <c>model.L=8 T=0.5</c>, for progress messages.</summary>
    public override string ToString() =>
        string.Join(' ', _config.Axes
            .Select((axis, i) => (axis, i))
            .Where(a => a.axis.IsVarying)
            .Select(a => $"{a.axis.Path}={Format(a.axis.Values[_coordinates[a.i]])}"));

    private static string Format(object value) => value switch
    {
        double real => Bounds.Format(real),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
