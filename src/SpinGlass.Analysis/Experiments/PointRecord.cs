using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpinGlass.Analysis.Experiments;

/// <summary>
/// The combined result of one point: every declared <see cref="Output"/> by name (value, and <c>NAME_err</c> where it
/// has an error), words of text outputs, structured payloads for the report, and the engines that ran its trials.
/// Built by <see cref="OutputSet{TDefinition, TPoint, TTrial}.Combine"/>, saved as JSON when the point finishes and
/// loaded again on resume, so a resumed run reports exactly what a fresh one would.
/// </summary>
public sealed class PointRecord
{
    /// <summary>The options points are saved with (NaN and ±∞ as named literals, so no value is lost).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private Dictionary<string, object>? _decoded; // made on the first decode: most records never decode a payload

    /// <summary>Numeric outputs and their errors by column name.</summary>
    public Dictionary<string, double> Values { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Text outputs by name.</summary>
    public Dictionary<string, string> Texts { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Structured payloads by name (the object itself when fresh, its JSON when loaded).</summary>
    public Dictionary<string, object> Payloads { get; init; } = new(StringComparer.Ordinal);

    /// <summary>What ran the point's trials, by part (e.g. <c>sampler</c>, <c>patterns</c>, <c>random</c>).</summary>
    public SortedDictionary<string, string> Engines { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The value of a numeric output.</summary>
    public double this[Output output] => Values[Checked(output).Name];

    /// <summary>The standard error of an output that has one.</summary>
    public double Error(Output output) =>
        Checked(output).HasError ? Values[output.ErrorName] : throw new ArgumentException($"'{output.Name}' has no error.", nameof(output));

    /// <summary>The word of a text output.</summary>
    public string Text(Output output) => Texts[Checked(output).Name];

    /// <summary>A payload, typed.</summary>
    public T Payload<T>(PayloadKey<T> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var stored = Payloads[key.Name];
        if (stored is T value)
        {
            return value;
        }

        var cache = _decoded ?? Interlocked.CompareExchange(ref _decoded, new(StringComparer.Ordinal), null) ?? _decoded;
        lock (cache)
        {
            if (!cache.TryGetValue(key.Name, out var decoded))
            {
                decoded = ((JsonElement)stored).Deserialize<T>(JsonOptions)!;
                cache[key.Name] = decoded;
            }

            return (T)decoded;
        }
    }

    private static Output Checked(Output output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output;
    }
}
