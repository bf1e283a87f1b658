using System.Globalization;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;

namespace SpinGlass.Runner.Commands;

/// <summary><c>spinglass list</c>: the experiment kinds, their keys with defaults, and their output columns.</summary>
internal static class ListCommand
{
    /// <summary>A key's type for the listings: its kind, "text list" for a list value, "… or mapping" for a mapping form.</summary>
    public static string TypeOf(ParameterSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind.ToString().ToLowerInvariant() + (spec.ListValue ? " list" : "") + (spec.MappingForm ? " or mapping" : "");
    }

    public static int Execute(TextWriter output)
    {
        foreach (var kind in ExperimentCatalog.All)
        {
            var schema = kind.Schema;
            output.WriteLine($"{schema.Kind}: {schema.Description}");
            output.WriteLine("  keys:");
            var specs = CommonParameters.For(schema, ExperimentCatalog.Schemas.Keys);
            foreach (var spec in specs)
            {
                string sweep = spec.Sweepable ? " (sweepable)" : "";
                string choices = spec.Choices.Count > 0 ? $" [{string.Join('|', spec.Choices)}]" : "";
                bool grouped = schema.ExclusiveGroups.Any(g => g.Contains(spec.Path));
                string fallback = spec.Default is not null ? $"default {Format(spec.Default)}"
                    : spec.Path == CommonParameters.NamePath ? "default: the config's file name"
                    : grouped ? "one of a group (below)"
                    : spec.Optional ? "optional"
                    : "required";
                output.WriteLine($"    {spec.Path,-22} {TypeOf(spec)}{choices}{sweep}, {fallback}: {spec.Description}");
            }

            foreach (var group in schema.ExclusiveGroups)
            {
                output.WriteLine($"    {GroupRule(specs, group, path => path)}");
            }

            output.WriteLine($"  columns: {string.Join(", ", schema.Columns)}");
            foreach (var column in kind.Outputs.Outputs.Where(o => o.IsColumn))
            {
                output.WriteLine($"    {column.Name + (column.HasError ? " (± _err)" : ""),-28} {column.CombineText}: {column.Description}");
            }

            output.WriteLine();
        }

        return ExitCodes.Success;
    }

    /// <summary>What a group of alternative keys asks: exactly one of them, or at most one when the first has a default.</summary>
    internal static string GroupRule(IReadOnlyList<ParameterSpec> specs, IReadOnlyList<string> group, Func<string, string> quote)
    {
        string keys = string.Join(", ", group.Select(quote));
        var first = specs.First(s => s.Path == group[0]);
        return first.Default is { } fallback
            ? $"Give at most one of {keys}; with none, {quote(first.Path)} is {quote(Format(fallback))}."
            : $"Give exactly one of {keys}.";
    }

    internal static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
