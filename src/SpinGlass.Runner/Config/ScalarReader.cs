using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>Reads one scalar as the kind of a parameter and checks its bounds or choices.</summary>
internal sealed class ScalarReader(ConfigDiagnostics diagnostics)
{
    /// <summary>What a kind expects, for messages: "an integer", "a real number", …</summary>
    public static string Expected(ParameterSpec spec) => spec.Kind switch
    {
        ParameterKind.Integer => "an integer",
        ParameterKind.Real => "a real number",
        ParameterKind.Boolean => "true or false",
        ParameterKind.Text => "some text",
        _ => $"one of {string.Join(", ", spec.Choices)}",
    };

    /// <summary>The value (long, double, bool or string), or <see langword="null"/> after reporting an error.</summary>
    /// <param name="spec">The parameter.</param>
    /// <param name="node">The scalar.</param>
    /// <param name="inRange">An end or step of a range: finite, and bounds are checked on the range's values.</param>
    public object? Read(ParameterSpec spec, YamlScalarNode node, bool inRange = false)
    {
        var text = node.Value ?? "";
        if (YamlText.IsNull(node))
        {
            return Fail(node, spec, $"has no value; expected {Expected(spec)}");
        }

        var quoted = node.Style is not (ScalarStyle.Plain or ScalarStyle.Any);
        if (quoted && spec.Kind is ParameterKind.Integer or ParameterKind.Real or ParameterKind.Boolean)
        {
            return Fail(node, spec, $"expected {Expected(spec)}, got the quoted text '{text}' (remove the quotes)");
        }

        object? value = spec.Kind switch
        {
            ParameterKind.Integer => ParseInteger(text),
            ParameterKind.Real => ParseReal(text, spec.AllowInfinity && !inRange),
            ParameterKind.Boolean => text switch
            {
                "true" or "True" or "TRUE" => true,
                "false" or "False" or "FALSE" => false,
                _ => null,
            },
            ParameterKind.Text => text.Length == 0 ? null : text,
            _ => spec.Choices.Contains(text, StringComparer.Ordinal) ? text : null,
        };
        if (value is null)
        {
            return Fail(node, spec, TypeMessage(spec, text, inRange));
        }

        if (!inRange && value is long or double && Bounds.Violation(spec, Convert.ToDouble(value, CultureInfo.InvariantCulture)) is { } violation)
        {
            return Fail(node, spec, violation);
        }

        return value;
    }

    private static string TypeMessage(ParameterSpec spec, string text, bool inRange)
    {
        if (spec.Kind == ParameterKind.Choice)
        {
            string mapping = spec.MappingForm ? $" or a mapping of {spec.Path} keys" : "";
            return $"must be one of {string.Join(", ", spec.Choices)}{mapping}, got '{text}'{Suggestions.DidYouMean(text, spec.Choices)}";
        }

        if (spec.Kind == ParameterKind.Real && IsInfinity(text))
        {
            var bounds = spec.Min is null && spec.Max is null ? "" : $" {Bounds.Describe(spec)}";
            return spec.AllowInfinity && !inRange
                ? $"must be a real number{bounds} or .inf, got '{text}'"
                : $"must be a finite real number{(inRange ? " in a range" : "")}, got '{text}'";
        }

        if (spec.Kind == ParameterKind.Integer && text.TrimStart('-', '+').All(char.IsAsciiDigit) && text.Length > 18)
        {
            return $"must be {Bounds.Describe(spec)} and fit in 64 bits, got {text}";
        }

        if (spec.Kind == ParameterKind.Integer && ParseReal(text, false) is not null)
        {
            return $"expected an integer, got '{text}' (not a whole number)";
        }

        return spec.Kind == ParameterKind.Text ? "must not be empty" : $"expected {Expected(spec)}, got '{text}'";
    }

    private object? Fail(YamlNode node, ParameterSpec spec, string message)
    {
        diagnostics.Add(node, spec.Path, message);
        return null;
    }

    private static long? ParseInteger(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        // 1e6 is a common way to write a large count; accept it when it is exactly whole.
        return text.Contains('e', StringComparison.OrdinalIgnoreCase) && ParseReal(text, false) is { } real
            && Math.Abs(real) <= 9e15 && real == Math.Floor(real)
            ? (long)real
            : null;
    }

    private static double? ParseReal(string text, bool allowInfinity)
    {
        if (IsInfinity(text))
        {
            return allowInfinity && !text.StartsWith('-') ? double.PositiveInfinity : null;
        }

        // Reject the spellings double.Parse accepts but YAML does not mean as numbers (NaN, Infinity, ∞).
        var numeric = text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E');
        return numeric && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            ? value
            : null;
    }

    private static bool IsInfinity(string text) =>
        text.TrimStart('+', '-') is ".inf" or ".Inf" or ".INF";
}
