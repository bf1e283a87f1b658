using System.Text.Json;
using System.Text.Json.Serialization;
using SpinGlass.Runner.Output;

namespace SpinGlass.Runner.Execution;

/// <summary>
/// What a run was asked to compute, saved as <c>OUT/.points/run.json</c> by every run and shard: the config file's path
/// and text and the <c>--set</c> overrides (the seed among them). <c>spinglass merge OUT</c> resolves the config from
/// it, so the merge needs nothing but the directory and never depends on the config file being unchanged.
/// </summary>
internal sealed record RunDescription(
    [property: JsonPropertyName("format")] int Format,
    [property: JsonPropertyName("config_file")] string ConfigFile,
    [property: JsonPropertyName("config_text")] string ConfigText,
    [property: JsonPropertyName("sets")] IReadOnlyList<string> Sets,
    [property: JsonPropertyName("fingerprint")] string Fingerprint)
{
    public const string FileName = "run.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The description's path in <paramref name="outDirectory"/>.</summary>
    public static string PathIn(string outDirectory) => Path.Combine(outDirectory, PointStore.DirectoryName, FileName);

    /// <summary>Saves the description atomically, unless the same one is there already (shards write it concurrently).</summary>
    public void Save(string outDirectory)
    {
        string path = PathIn(outDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string text = JsonSerializer.Serialize(this, Options) + "\n";
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            AtomicFile.WriteAllText(path, text);
        }
    }

    /// <summary>Reads the description of the run in <paramref name="outDirectory"/>; null with <paramref name="problem"/> when there is none or it is damaged.</summary>
    public static RunDescription? Read(string outDirectory, out string? problem)
    {
        string path = PathIn(outDirectory);
        if (!File.Exists(path))
        {
            problem = Directory.Exists(outDirectory)
                ? $"{outDirectory} holds no run to merge ({Path.Combine(PointStore.DirectoryName, FileName)} is missing; run --shard or run writes it)"
                : $"{outDirectory} does not exist";
            return null;
        }

        try
        {
            var description = JsonSerializer.Deserialize<RunDescription>(File.ReadAllText(path));
            if (description is { Format: CurrentFormat, ConfigFile: not null, ConfigText: not null, Sets: not null, Fingerprint: not null })
            {
                problem = null;
                return description;
            }

            problem = $"{path}: not a run description of this SpinGlass (format {description?.Format}, expected {CurrentFormat})";
            return null;
        }
        catch (JsonException e)
        {
            problem = $"{path}: unreadable ({e.Message.TrimEnd('.')})";
            return null;
        }
    }
}
