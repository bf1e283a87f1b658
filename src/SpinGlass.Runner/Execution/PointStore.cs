using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SpinGlass.Analysis.Experiments;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// Finished points of a run, one JSON file each in <c>OUT/.points/</c>, written atomically as they complete. Each file
/// carries its point index, the config fingerprint, the code stamp (<see cref="CodeStamp"/>) and a SHA-256 of its
/// record; a point that fails any check is named in a warning and computed again — never a crash, never silently used.
/// A manifest holds the fingerprint and stamp of the points in the directory: points of another config are removed;
/// points of another code version are discarded with a notice unless the user asks to reuse them.
/// </summary>
internal sealed class PointStore
{
    public const string DirectoryName = ".points";
    public const string ManifestName = "manifest.json";
    private const int Format = 2;

    private readonly string _directory;
    private readonly string _fingerprint;
    private readonly bool _reuseOtherCode;
    private readonly TextWriter? _log;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _textMaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedDictionary<string, string>> _engineMaps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, object>> _payloadMaps = new(StringComparer.Ordinal);

    public PointStore(string outDirectory, string fingerprint, TextWriter? log = null, bool reuseOtherCode = false)
    {
        _directory = Path.Combine(outDirectory, DirectoryName);
        _fingerprint = fingerprint;
        _log = log;
        _reuseOtherCode = reuseOtherCode;
    }

    /// <summary>
    /// Loads the verified finished points of this config (see the class remarks for what is discarded). With
    /// <paramref name="owned"/> (a shard, <c>run --shard</c>) only those points are looked at, checked one by one against
    /// the config and code, and replaced when they fail; other shards' files are never touched, so shards of one run can
    /// share the directory.
    /// </summary>
    public Dictionary<int, PointRecord> Open(int pointCount, OutputDeclaration outputs, IReadOnlyCollection<int>? owned = null)
    {
        Directory.CreateDirectory(_directory);
        string manifestPath = Path.Combine(_directory, ManifestName);
        var manifest = ReadManifest(manifestPath);
        var current = new Manifest(Format, _fingerprint, CodeStamp.Current);
        if (owned is not null)
        {
            if (manifest != current)
            {
                AtomicFile.WriteAllText(manifestPath, JsonSerializer.Serialize(current) + "\n");
            }

            return LoadOwned(owned, outputs);
        }

        var files = Directory.EnumerateFiles(_directory, "point-*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count > 0 && manifest?.Config != _fingerprint)
        {
            _log?.WriteLine($"{_directory}: {files.Count} saved point(s) of another config removed; starting afresh.");
            files.ForEach(File.Delete);
            files.Clear();
        }
        else if (files.Count > 0 && manifest!.Code != CodeStamp.Current)
        {
            if (_reuseOtherCode)
            {
                _log?.WriteLine($"{_directory}: reusing {files.Count} point(s) computed by {manifest.Code} (this is {CodeStamp.Current}), as --reuse-points asks.");
            }
            else
            {
                _log?.WriteLine(
                    $"{_directory}: {files.Count} saved point(s) computed by {manifest.Code} discarded (this is {CodeStamp.Current}; mixing versions could mix numerics). --reuse-points keeps them when you know the numerics did not change.");
                files.ForEach(File.Delete);
                files.Clear();
            }
        }

        AtomicFile.WriteAllText(manifestPath, JsonSerializer.Serialize(current) + "\n");
        var found = LoadOwned(Enumerable.Range(0, pointCount), outputs);
        var expected = Enumerable.Range(0, pointCount).Select(PointFile).ToHashSet(StringComparer.Ordinal);
        foreach (string beyond in files.Where(f => !expected.Contains(f)))
        {
            _log?.WriteLine($"warning: {beyond}: not a point of this config; removed.");
            File.Delete(beyond);
        }

        return found;
    }

    /// <summary>
    /// Reads every point of the config without changing anything (<c>spinglass merge</c>): the verified records, and the
    /// points that are missing or fail a check, each with the reason, in point order. Files are read one at a time.
    /// </summary>
    public (Dictionary<int, PointRecord> Found, List<(int Point, string Problem)> Missing) Collect(
        int pointCount, OutputDeclaration outputs, CancellationToken cancellation = default)
    {
        var found = new Dictionary<int, PointRecord>();
        var missing = new List<(int, string)>();
        for (int point = 0; point < pointCount; point++)
        {
            cancellation.ThrowIfCancellationRequested();
            string file = PointFile(point);
            if (!File.Exists(file))
            {
                missing.Add((point, "not computed"));
            }
            else if (Verify(file, point, outputs, out var problem) is { } record)
            {
                found[point] = record;
            }
            else
            {
                missing.Add((point, problem.Text));
            }
        }

        return (found, missing);
    }

    private Dictionary<int, PointRecord> LoadOwned(IEnumerable<int> points, OutputDeclaration outputs)
    {
        var found = new Dictionary<int, PointRecord>();
        var stale = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (int point in points)
        {
            string file = PointFile(point);
            if (!File.Exists(file))
            {
                continue;
            }

            if (Verify(file, point, outputs, out var problem) is { } record)
            {
                found[point] = record;
                continue;
            }

            if (problem.Stale)
            {
                // a whole earlier run's points: counted in one line, not one warning each
                stale[problem.Text] = stale.GetValueOrDefault(problem.Text) + 1;
            }
            else
            {
                _log?.WriteLine($"warning: {file} {problem.Text}; the point is computed again.");
            }

            File.Delete(file);
        }

        foreach (var (reason, count) in stale)
        {
            _log?.WriteLine($"{_directory}: {count} saved point(s) that {reason} removed; they are computed again.");
        }

        return found;
    }

    /// <summary>Saves a finished point with its index, fingerprint, code stamp and checksum.</summary>
    public void Save(int point, PointRecord result)
    {
        byte[] record = JsonSerializer.SerializeToUtf8Bytes(result, PointRecord.JsonOptions);
        AtomicFile.Write(PointFile(point), stream =>
        {
            using var json = new Utf8JsonWriter(stream);
            json.WriteStartObject();
            json.WriteNumber("point", point);
            json.WriteString("config", _fingerprint);
            json.WriteString("code", CodeStamp.Current);
            json.WriteString("checksum", Checksum(record));
            json.WritePropertyName("record");
            json.WriteRawValue(record, skipInputValidation: true);
            json.WriteEndObject();
        });
    }

    private PointRecord? Verify(string file, int point, OutputDeclaration outputs, out Problem problem)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("point", out var index) || !root.TryGetProperty("config", out var config)
                || !root.TryGetProperty("code", out var code) || !root.TryGetProperty("checksum", out var checksum)
                || !root.TryGetProperty("record", out var recordElement))
            {
                problem = new("is not a saved point (no point, config, code, checksum or record)", Stale: false);
                return null;
            }

            if (index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out int saved) || saved != point)
            {
                problem = new(string.Create(CultureInfo.InvariantCulture, $"holds point {index.GetRawText()}, not point {point}"), Stale: false);
                return null;
            }

            if (config.GetString() != _fingerprint)
            {
                problem = new("belong to another config", Stale: true);
                return null;
            }

            if (code.GetString() != CodeStamp.Current && !_reuseOtherCode)
            {
                problem = new($"were computed by {code.GetString()}, not {CodeStamp.Current} (--reuse-points keeps them when you know the numerics did not change)", Stale: true);
                return null;
            }

            string raw = recordElement.GetRawText();
            if (checksum.GetString() != Checksum(Encoding.UTF8.GetBytes(raw)))
            {
                problem = new("has a checksum that does not match its content", Stale: false);
                return null;
            }

            var record = Pooled(recordElement.Deserialize<PointRecord>(PointRecord.JsonOptions));
            string? mismatch = record is null ? "holds no record" : outputs.Mismatch(record) is { } wrong ? $"does not fit this experiment ({wrong})" : null;
            problem = new(mismatch ?? "", Stale: false);
            return mismatch is null ? record : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or FormatException)
        {
            problem = new($"is unreadable ({e.Message})", Stale: false);
            return null;
        }
    }

    /// <summary>
    /// The record with its names, labels (e.g. the rule) and engine descriptions taken from one pool, so that a merge of many
    /// points holds each column name once, and the engine and text maps — the same for most points — once per distinct
    /// content instead of once per point. Loaded records are read-only: nothing adds to a record after it was saved (only
    /// freshly combined points get their engines merged, in ExperimentDriver), so sharing the maps is safe.
    /// </summary>
    private PointRecord? Pooled(PointRecord? record)
    {
        if (record is null)
        {
            return null;
        }

        lock (_pool)
        {
            var values = new Dictionary<string, double>(record.Values.Count, StringComparer.Ordinal);
            foreach (var (name, value) in record.Values)
            {
                values[Intern(name)] = value;
            }

            var payloads = record.Payloads.Count == 0 ? SharedMap(_payloadMaps, "", () => record.Payloads) : record.Payloads;
            return new PointRecord { Values = values, Texts = SharedMap(_textMaps, Key(record.Texts), () => CopyTexts(record.Texts)), Payloads = payloads, Engines = SharedMap(_engineMaps, Key(record.Engines), () => CopyEngines(record.Engines)) };
        }

        string Intern(string text) => _pool.TryGetValue(text, out string? known) ? known : _pool[text] = text;

        // a map's content as one string (names and values are JSON strings: a control character separates them unambiguously)
        static string Key(IEnumerable<KeyValuePair<string, string>> map) => string.Join('\u0001', map.Select(entry => entry.Key + '\u0000' + entry.Value));

        Dictionary<string, string> CopyTexts(Dictionary<string, string> texts)
        {
            var copy = new Dictionary<string, string>(texts.Count, StringComparer.Ordinal);
            foreach (var (name, text) in texts)
            {
                copy[Intern(name)] = Intern(text);
            }

            return copy;
        }

        SortedDictionary<string, string> CopyEngines(SortedDictionary<string, string> engines)
        {
            var copy = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (part, engine) in engines)
            {
                copy[Intern(part)] = Intern(engine);
            }

            return copy;
        }

        static T SharedMap<T>(Dictionary<string, T> maps, string key, Func<T> create) =>
            maps.TryGetValue(key, out var known) ? known : maps[key] = create();
    }

    private static Manifest? ReadManifest(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Manifest>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Checksum(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private string PointFile(int point) => Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"point-{point:D6}.json"));

    private sealed record Manifest(int Format, string? Config, string? Code);

    /// <summary>Why a saved point is not used; <see cref="Stale"/>: it is sound but from another config or code.</summary>
    private readonly record struct Problem(string Text, bool Stale);
}
