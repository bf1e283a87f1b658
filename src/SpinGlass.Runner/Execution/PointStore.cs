using System.Globalization;
using System.Text.Json;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// Finished points of a run, one JSON file each in <c>OUT/.points/</c>, written atomically as they complete.
/// A manifest holds the config fingerprint: a re-run of the same config resumes from the stored points; a
/// different config starts afresh.
/// </summary>
internal sealed class PointStore
{
    public const string DirectoryName = ".points";

    private readonly string _directory;
    private readonly string _fingerprint;

    private readonly TextWriter? _log;

    public PointStore(string outDirectory, string fingerprint, TextWriter? log = null)
    {
        _log = log;
        _directory = Path.Combine(outDirectory, DirectoryName);
        _fingerprint = fingerprint;
    }

    /// <summary>
    /// Loads the finished points of this fingerprint (or clears points of another config). A point file that cannot be
    /// read or does not hold what <paramref name="outputs"/> declares is reported and computed again.
    /// </summary>
    public Dictionary<int, PointRecord> Open(int pointCount, OutputDeclaration outputs)
    {
        Directory.CreateDirectory(_directory);
        foreach (string leftover in Directory.EnumerateFiles(_directory, "*.tmp-*"))
        {
            File.Delete(leftover);
        }

        string manifest = Path.Combine(_directory, "manifest.json");
        var found = new Dictionary<int, PointRecord>();
        if (File.Exists(manifest) && File.ReadAllText(manifest).Trim() == Quoted(_fingerprint))
        {
            for (int point = 0; point < pointCount; point++)
            {
                string file = PointFile(point);
                if (File.Exists(file))
                {
                    if (Load(file, outputs, out var problem) is { } record)
                    {
                        found[point] = record;
                    }
                    else
                    {
                        _log?.WriteLine($"{file}: {problem}; the point is computed again.");
                        File.Delete(file);
                    }
                }
            }

            return found;
        }

        foreach (string stale in Directory.EnumerateFiles(_directory, "point-*.json"))
        {
            File.Delete(stale);
        }

        AtomicFile.WriteAllText(manifest, Quoted(_fingerprint) + "\n");
        return found;
    }

    public void Save(int point, PointRecord result) =>
        AtomicFile.WriteAllBytes(PointFile(point), JsonSerializer.SerializeToUtf8Bytes(result, PointRecord.JsonOptions));

    private static PointRecord? Load(string file, OutputDeclaration outputs, out string problem)
    {
        try
        {
            var record = JsonSerializer.Deserialize<PointRecord>(File.ReadAllBytes(file), PointRecord.JsonOptions);
            problem = record is null ? "holds no point" : outputs.Mismatch(record) ?? "";
            return problem.Length == 0 ? record : null;
        }
        catch (JsonException e)
        {
            problem = $"not a saved point ({e.Message})";
            return null;
        }
    }

    private static string Quoted(string s) => JsonSerializer.Serialize(s);

    private string PointFile(int point) => Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"point-{point:D6}.json"));
}
