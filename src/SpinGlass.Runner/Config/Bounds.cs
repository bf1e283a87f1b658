using System.Globalization;

namespace SpinGlass.Runner.Config;

/// <summary>Checks a numeric value against the bounds of its parameter and formats numbers for messages.</summary>
internal static class Bounds
{
    /// <summary>"must be ≥ 1, got 0", "must be in [0, 1], got 1.5", …, or <see langword="null"/> when within bounds.</summary>
    public static string? Violation(ParameterSpec spec, double value)
    {
        var belowMin = spec.Min is { } min && (spec.MinExclusive ? value <= min : value < min);
        var aboveMax = spec.Max is { } max && (spec.MaxExclusive ? value >= max : value > max);
        if (!belowMin && !aboveMax && !(spec.BindsToInt32 && value > int.MaxValue))
        {
            return null;
        }

        return belowMin || aboveMax
            ? $"must be {Describe(spec)}, got {Format(value)}"
            : $"must be {(spec.Min is null ? "" : $"{Describe(spec)} and ")}at most {int.MaxValue} (32 bits), got {Format(value)}";
    }

    /// <summary>The allowed range in words: "≥ 1", "&gt; 0", "in [0, 1)", or "any value".</summary>
    public static string Describe(ParameterSpec spec) => (spec.Min, spec.Max) switch
    {
        ({ } min, { } max) => $"in {(spec.MinExclusive ? '(' : '[')}{Format(min)}, {Format(max)}{(spec.MaxExclusive ? ')' : ']')}",
        ({ } min, null) => $"{(spec.MinExclusive ? ">" : "≥")} {Format(min)}",
        (null, { } max) => $"{(spec.MaxExclusive ? "<" : "≤")} {Format(max)}",
        _ => "any value",
    };

    /// <summary>Shortest round-trip invariant text; whole numbers without a decimal point; ∞ as <c>.inf</c>.</summary>
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ when Math.Abs(value) < 1e15 && value == Math.Floor(value) => ((long)value).ToString(CultureInfo.InvariantCulture),
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}
