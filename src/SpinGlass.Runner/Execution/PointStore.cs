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
    private const int Format = 2;

    private readonly string _directory;
    private readonly string _fingerprint;
    private readonly bool _reuseOtherCode;
    private readonly TextWriter? _log;

    public PointStore(string outDirectory, string fingerprint, TextWriter? log = null, bool reuseOtherCode = false)
    {
        _directory = Path.Combine(outDirectory, DirectoryName);
        _fingerprint = fingerprint;
        _log = log;
        _reuseOtherCode = reuseOtherCode;
    }

    /// <summary>Loads the verified finished points of this config (see the class remarks for what is discarded).</summary>
    public Dictionary<int, PointRecord> Open(int pointCount, OutputDeclaration outputs)
    {
        Directory.CreateDirectory(_directory);
        string manifestPath = Path.Combine(_directory, "manifest.json");
        var manifest = ReadManifest(manifestPath);
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

        AtomicFile.WriteAllText(manifestPath, JsonSerializer.Serialize(new Manifest(Format, _fingerprint, CodeStamp.Current)) + "\n");
        var found = new Dictionary<int, PointRecord>();
        for (int point = 0; point < pointCount; point++)
        {
            string file = PointFile(point);
            if (!File.Exists(file))
            {
                continue;
            }

            if (Verify(file, point, outputs, out string problem) is { } record)
            {
                found[point] = record;
            }
            else
            {
                _log?.WriteLine($"warning: {file}: {problem}; the point is computed again.");
                File.Delete(file);
            }
        }

        var expected = Enumerable.Range(0, pointCount).Select(PointFile).ToHashSet(StringComparer.Ordinal);
        foreach (string beyond in files.Where(f => !expected.Contains(f)))
        {
            _log?.WriteLine($"warning: {beyond}: not a point of this config; removed.");
            File.Delete(beyond);
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

    private PointRecord? Verify(string file, int point, OutputDeclaration outputs, out string problem)
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
                problem = "not a saved point (no point, config, code, checksum or record)";
                return null;
            }

            if (index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out int saved) || saved != point)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"holds point {index.GetRawText()}, not point {point}");
                return null;
            }

            if (config.GetString() != _fingerprint)
            {
                problem = "belongs to another config";
                return null;
            }

            if (code.GetString() != CodeStamp.Current && !_reuseOtherCode)
            {
                problem = $"was computed by {code.GetString()}, not {CodeStamp.Current}";
                return null;
            }

            string raw = recordElement.GetRawText();
            if (checksum.GetString() != Checksum(Encoding.UTF8.GetBytes(raw)))
            {
                problem = "its checksum does not match its content";
                return null;
            }

            var record = recordElement.Deserialize<PointRecord>(PointRecord.JsonOptions);
            problem = record is null ? "holds no record" : outputs.Mismatch(record) ?? "";
            return problem.Length == 0 ? record : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or IOException or FormatException)
        {
            problem = $"unreadable ({e.Message})";
            return null;
        }
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
}
