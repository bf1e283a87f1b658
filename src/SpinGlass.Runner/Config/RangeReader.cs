using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Expands a range <c>{from: a, to: b, step: s}</c> into its values <c>a + k·s ≤ b</c>, including
/// <c>b</c> when it lies on the grid to within <c>1e-9·s</c>; or <c>{from: a, to: b, count: n, spacing: linear|geometric}</c>
/// into n values from a to b inclusive, equally spaced or in a constant ratio (a temperature ladder; a, b &gt; 0).
/// </summary>
/// <remarks>
/// Real values are computed as <c>a + k·s</c> (never by repeated addition) and rounded to 12
/// significant digits, so a step of 0.1 gives 0.3 rather than 0.30000000000000004.
/// </remarks>
internal sealed class RangeReader(ConfigDiagnostics diagnostics, ScalarReader scalars)
{
    /// <summary>The largest number of values one range may produce.</summary>
    public const int MaxValues = 100_000;

    private const string Shape = "a range is {from: a, to: b, step: s} or {from: a, to: b, count: n, spacing: linear|geometric}";
    private static readonly string[] Keys = ["from", "to", "step", "count", "spacing"];
    private static readonly string[] Spacings = ["linear", "geometric"];

    /// <summary>The values of the range, or <see langword="null"/> after reporting its errors.</summary>
    public IReadOnlyList<object>? Read(ParameterSpec spec, YamlMappingNode node)
    {
        var parts = new Dictionary<string, (YamlNode Node, double Value)>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var valid = true;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name) || !present.Add(name))
            {
                diagnostics.Add(key, spec.Path, $"unknown range key '{name}'{Suggestions.DidYouMean(name, Keys)}; {Shape}");
                valid = false;
            }
            else if (name == "spacing" && value is YamlScalarNode { Value: var word })
            {
                if (Spacings.Contains(word))
                {
                    parts[name] = (value, word == "geometric" ? 1 : 0);
                }
                else
                {
                    diagnostics.Add(value, spec.Path, $"the spacing of a range is linear or geometric, got '{word}'{Suggestions.DidYouMean(word ?? "", Spacings)}");
                    valid = false;
                }
            }
            else if (value is not YamlScalarNode scalar)
            {
                diagnostics.Add(value, spec.Path, $"'{name}' of a range must be a single number, got {YamlText.Describe(value)}");
                valid = false;
            }
            else if (scalars.Read(spec, scalar, inRange: true) is { } number)
            {
                parts[name] = (value, Convert.ToDouble(number, CultureInfo.InvariantCulture));
            }
            else
            {
                valid = false;
            }
        }

        foreach (var missing in Keys.Take(2).Append(present.Contains("count") ? "count" : "step").Where(k => !present.Contains(k)))
        {
            diagnostics.Add(node, spec.Path, $"the range has no '{missing}'; {Shape}");
            valid = false;
        }

        if (present.Contains("step") && (present.Contains("count") || present.Contains("spacing")))
        {
            diagnostics.Add(node, spec.Path, $"give either 'step' or 'count' (with 'spacing'), not both; {Shape}");
            valid = false;
        }

        if (!valid)
        {
            return null;
        }

        return parts.TryGetValue("step", out var step)
            ? Expand(spec, parts["from"], parts["to"], step)
            : Spaced(spec, parts["from"], parts["to"], parts["count"], parts.TryGetValue("spacing", out var spacing) && spacing.Value == 1);
    }

    private List<object>? Spaced(
        ParameterSpec spec, (YamlNode Node, double Value) from, (YamlNode Node, double Value) to, (YamlNode Node, double Value) count, bool geometric)
    {
        if (count.Value < 1 || count.Value != Math.Floor(count.Value) || count.Value > MaxValues)
        {
            return Fail(count.Node, spec, $"the count of a range must be a whole number from 1 to {MaxValues}, got {Bounds.Format(count.Value)}");
        }

        if (to.Value < from.Value || (count.Value > 1 && to.Value == from.Value))
        {
            return Fail(to.Node, spec, $"'to' must be > 'from' ({Bounds.Format(from.Value)}), got {Bounds.Format(to.Value)}");
        }

        if (geometric && !(from.Value > 0))
        {
            return Fail(from.Node, spec, $"a geometric range needs 'from' > 0, got {Bounds.Format(from.Value)}");
        }

        int n = (int)count.Value;
        var values = new List<object>(n);
        for (var k = 0; k < n; k++)
        {
            double x = n == 1 ? 0 : (double)k / (n - 1);
            double exact = k == n - 1 ? to.Value : geometric ? from.Value * Math.Pow(to.Value / from.Value, x) : from.Value + (x * (to.Value - from.Value));
            object value = spec.Kind == ParameterKind.Integer ? (object)(long)Math.Round(exact) : RoundTo12Digits(exact);
            if (k > 0 && Convert.ToDouble(value, CultureInfo.InvariantCulture) <= Convert.ToDouble(values[^1], CultureInfo.InvariantCulture))
            {
                return Fail(count.Node, spec, $"{n} values from {Bounds.Format(from.Value)} to {Bounds.Format(to.Value)} are too many to tell apart near {Bounds.Format(exact)}");
            }

            values.Add(value);
        }

        return Checked(spec, values, from.Node, to.Node);
    }

    private List<object>? Expand(
        ParameterSpec spec, (YamlNode Node, double Value) from, (YamlNode Node, double Value) to, (YamlNode Node, double Value) step)
    {
        if (step.Value <= 0)
        {
            return Fail(step.Node, spec, $"the step of a range must be > 0, got {Bounds.Format(step.Value)}");
        }

        if (to.Value < from.Value)
        {
            return Fail(to.Node, spec, $"'to' must be ≥ 'from' ({Bounds.Format(from.Value)}), got {Bounds.Format(to.Value)}");
        }

        var last = Math.Floor(((to.Value - from.Value) / step.Value) + 1e-9);
        if (last + 1 > MaxValues)
        {
            return Fail(step.Node, spec, $"the range has {Bounds.Format(last + 1)} values; at most {MaxValues} are allowed");
        }

        var values = new List<object>((int)last + 1);
        for (var k = 0; k <= (int)last; k++)
        {
            if (spec.Kind == ParameterKind.Integer)
            {
                values.Add((long)from.Value + (k * (long)step.Value));
                continue;
            }

            var exact = from.Value + (k * step.Value);
            var value = k == (int)last && Math.Abs(exact - to.Value) <= 1e-9 * step.Value ? to.Value : RoundTo12Digits(exact);
            if (k > 0 && value <= (double)values[^1])
            {
                return Fail(step.Node, spec, $"the step {Bounds.Format(step.Value)} is too small to tell values near {Bounds.Format(value)} apart");
            }

            values.Add(value);
        }

        return Checked(spec, values, from.Node, to.Node);
    }

    private List<object>? Checked(ParameterSpec spec, List<object> values, YamlNode from, YamlNode to)
    {
        if (Bounds.Violation(spec, Convert.ToDouble(values[0], CultureInfo.InvariantCulture)) is { } low)
        {
            return Fail(from, spec, low);
        }

        return Bounds.Violation(spec, Convert.ToDouble(values[^1], CultureInfo.InvariantCulture)) is { } high
            ? Fail(to, spec, high)
            : values;
    }

    private static double RoundTo12Digits(double value) =>
        double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private List<object>? Fail(YamlNode node, ParameterSpec spec, string message)
    {
        diagnostics.Add(node, spec.Path, message);
        return null;
    }
}
