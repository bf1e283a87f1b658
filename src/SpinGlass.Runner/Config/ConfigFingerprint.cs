using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpinGlass.Runner.Config;

/// <summary>A stable hash of everything in a resolved config that affects results.</summary>
internal static class ConfigFingerprint
{
    private const string Version = "spinglass-config/1";
    private const long MaxHashedBytes = 64L << 20;

    /// <summary>
    /// SHA-256 over one line per parameter, sorted by path: <c>path kind value,value,…</c>; reals in
    /// shortest round-trip form, text length-prefixed. The run's name does not affect results and is
    /// left out; whether a value was given or defaulted is left out too. A key that names a file
    /// (<see cref="ParameterSpec.NamesFile"/>) adds the SHA-256 of the file's bytes (or <c>missing</c>), found
    /// relative to <paramref name="sourcePath"/>, so a changed file is a changed config; a key that names files
    /// (<see cref="ParameterSpec.NamesFiles"/>, the images) adds the name and SHA-256 of each.
    /// </summary>
    public static string Compute(IEnumerable<ResolvedParameter> parameters, string sourcePath)
    {
        var text = new StringBuilder(Version).Append('\n');
        foreach (var parameter in parameters
            .Where(p => p.Path != CommonParameters.NamePath)
            .OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            text.Append(parameter.Path).Append(' ').Append(parameter.Spec.Kind).Append(' ');
            text.AppendJoin(',', parameter.Values.Select(Canonical));
            if (parameter.Spec.NamesFile)
            {
                text.Append(' ').AppendJoin(',', parameter.Values.Select(value => ContentHash(ConfigPaths.Resolve(sourcePath, (string)value))));
            }

            if (parameter.Spec.NamesFiles)
            {
                // every file the list or its globs name, in order; nothing is added when it names none (letters, random patterns)
                var files = parameter.Values.SelectMany(value => Patterns.ImageFiles.Resolve(sourcePath, (string)value)).ToList();
                if (files.Count > 0)
                {
                    text.Append(' ').AppendJoin(',', files.Select(file => $"{Canonical(Path.GetFileName(file))}={ContentHash(file)}"));
                }
            }

            text.Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The SHA-256 of the file's first 64 MiB (a file the config validated is far smaller), or <c>missing</c>.</summary>
    private static string ContentHash(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            for (long total = 0, read; total < MaxHashedBytes && (read = file.Read(buffer)) > 0; total += read)
            {
                hash.AppendData(buffer, 0, (int)read);
            }

            return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "missing";
        }
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
