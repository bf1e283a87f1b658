using System.Diagnostics.CodeAnalysis;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Declares config keys with their types. Enum-valued keys take their allowed words from the enum
/// (<see cref="ConfigWords"/>), so every accepted word binds to a member and nothing falls back silently.
/// </summary>
public static class Key
{
    /// <summary>A whole-number key bound to <see cref="int"/>: values above <see cref="int.MaxValue"/> are refused, so every value that validates binds.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Reads as Key.Int(\"model.N\", …) beside Key.Real.")]
    public static ConfigKey<int> Int(string path, string description, long? defaultValue = null, double? min = null, double? max = null, bool sweepable = false) =>
        new(ParameterSpec.Integer(path, description, defaultValue) with { Min = min, Max = max, BindsToInt32 = true, Sweepable = sweepable }, v => checked((int)(long)v));

    /// <summary>A whole-number key bound to <see cref="long"/>.</summary>
    [SuppressMessage("Naming", "CA1720", Justification = "Reads as Key.Long(\"seed\", …).")]
    public static ConfigKey<long> Long(string path, string description, long? defaultValue = null, double? min = null, double? max = null, bool sweepable = false) =>
        new(ParameterSpec.Integer(path, description, defaultValue) with { Min = min, Max = max, Sweepable = sweepable }, v => (long)v);

    /// <summary>The common <c>trials</c> key with this experiment's default and what one trial is (read it as <see cref="ResolvedConfig.Trials"/>).</summary>
    public static ConfigKey<int> Trials(int defaultTrials, string what) =>
        Int("trials", $"{what}. The default is {defaultTrials}.", defaultTrials, min: 1);

    /// <summary>A real-number key (integers are accepted and converted).</summary>
    public static ConfigKey<double> Real(
        string path, string description, double? defaultValue = null, double? min = null, double? max = null, bool sweepable = false,
        bool minExclusive = false, bool allowInfinity = false) =>
        new(ParameterSpec.Real(path, description, defaultValue) with
        {
            Min = min, Max = max, Sweepable = sweepable, MinExclusive = minExclusive, AllowInfinity = allowInfinity,
        }, v => v is long l ? l : (double)v);

    /// <summary>A true/false key.</summary>
    public static ConfigKey<bool> Bool(string path, string description, bool? defaultValue = null) =>
        new(ParameterSpec.Boolean(path, description, defaultValue), v => (bool)v);

    /// <summary>A free-text key.</summary>
    public static ConfigKey<string> Text(string path, string description, string? defaultValue = null) =>
        new(ParameterSpec.Text(path, description, defaultValue), v => (string)v);

    /// <summary>
    /// A key taking one of <paramref name="allowed"/> (all members when none are given), written as their
    /// <see cref="ConfigWords"/> unless <paramref name="words"/> renames some.
    /// </summary>
    public static ConfigKey<TEnum> Choice<TEnum>(
        string path, string description, TEnum? defaultValue, TEnum[]? allowed = null, IReadOnlyDictionary<TEnum, string>? words = null, bool sweepable = false)
        where TEnum : struct, Enum
    {
        var members = allowed is { Length: > 0 } ? allowed : Enum.GetValues<TEnum>();
        string WordOf(TEnum value) => words is not null && words.TryGetValue(value, out var word) ? word : ConfigWords.Of(value);
        var table = members.ToDictionary(WordOf, m => m, StringComparer.Ordinal);
        var spec = ParameterSpec.Choice(path, description, defaultValue is { } d ? WordOf(d) : null, [.. table.Keys]) with { Sweepable = sweepable };
        return new(spec, v => table[(string)v]);
    }
}
