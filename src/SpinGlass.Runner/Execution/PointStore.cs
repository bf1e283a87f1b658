using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
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

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        IncludeFields = false,
    };

    private readonly string _directory;
    private readonly string _fingerprint;

    public PointStore(string outDirectory, string fingerprint)
    {
        _directory = Path.Combine(outDirectory, DirectoryName);
        _fingerprint = fingerprint;
    }

    /// <summary>Loads the finished points of this fingerprint (or clears points of another config).</summary>
    public Dictionary<int, TPoint> Open<TPoint>(int pointCount)
    {
        Directory.CreateDirectory(_directory);
        foreach (string leftover in Directory.EnumerateFiles(_directory, "*.tmp-*"))
        {
            File.Delete(leftover);
        }

        string manifest = Path.Combine(_directory, "manifest.json");
        var found = new Dictionary<int, TPoint>();
        if (File.Exists(manifest) && File.ReadAllText(manifest).Trim() == Quoted(_fingerprint))
        {
            for (int point = 0; point < pointCount; point++)
            {
                string file = PointFile(point);
                if (File.Exists(file))
                {
                    found[point] = JsonSerializer.Deserialize<TPoint>(File.ReadAllBytes(file), Json)
                        ?? throw new InvalidDataException($"{file} holds no point.");
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

    public void Save<TPoint>(int point, TPoint result) =>
        AtomicFile.WriteAllBytes(PointFile(point), JsonSerializer.SerializeToUtf8Bytes(result, Json));

    private static string Quoted(string s) => JsonSerializer.Serialize(s);

    private string PointFile(int point) => Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"point-{point:D6}.json"));
}
