using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpinGlass.Runner.Config;

/// <summary>A stable hash of everything in a resolved config that affects results.</summary>
internal static class ConfigFingerprint
{
    private const string Version = "spinglass-config/1";

    /// <summary>
    /// SHA-256 over one line per parameter, sorted by path: <c>path kind value,value,…</c>; reals in
    /// shortest round-trip form, text length-prefixed. The run's name does not affect results and is
    /// left out; whether a value was given or defaulted is left out too.
    /// </summary>
    public static string Compute(IEnumerable<ResolvedParameter> parameters)
    {
        var text = new StringBuilder(Version).Append('\n');
        foreach (var parameter in parameters
            .Where(p => p.Path != CommonParameters.NamePath)
            .OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            text.Append(parameter.Path).Append(' ').Append(parameter.Spec.Kind).Append(' ');
            text.AppendJoin(',', parameter.Values.Select(Canonical)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Canonical(object value) => value switch
    {
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        string name => $"{name.Length}:{name}",
        _ => throw new InvalidOperationException($"Unexpected config value {value}."),
    };
}
