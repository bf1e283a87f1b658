using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpinGlass.Runner.Interactive;

/// <summary>
/// A network state as <c>state.json</c> holds it (docs/lab.md, "Files and single-state commands"): ±1 spins (written as a
/// list or as a grid of <c>#</c>/<c>.</c> strings) or, for a modern network, real values.
/// </summary>
/// <param name="Spins">The ±1 spins, or null for a real state.</param>
/// <param name="Values">The real values (modern networks), or null for spins.</param>
/// <param name="Width">The grid width when the file held a grid, else 0.</param>
/// <param name="Height">The grid height when the file held a grid, else 0.</param>
public sealed record StateFile(sbyte[]? Spins, double[]? Values, int Width = 0, int Height = 0)
{
    /// <summary>The format name in the file.</summary>
    public const string Format = "spinglass-state";

    /// <summary>The format version this code reads and writes.</summary>
    public const int Version = 1;

    /// <summary>The length of the state.</summary>
    public int Length => Spins?.Length ?? Values!.Length;

    /// <summary>A spin state.</summary>
    public static StateFile OfSpins(sbyte[] spins, int width = 0, int height = 0) => new(spins, null, width, height);

    /// <summary>A real state (modern networks).</summary>
    public static StateFile OfValues(double[] values) => new(null, values);

    /// <summary>Reads and validates a state file; errors are <see cref="InputFileException"/>s naming <paramref name="path"/>.</summary>
    public static StateFile Load(string path) => Parse(JsonInput.ReadText(path), path);

    /// <summary>Parses and validates state JSON; <paramref name="file"/> names it in errors.</summary>
    public static StateFile Parse(string json, string file)
    {
        using var document = JsonInput.Parse(json, file);
        var root = document.RootElement;
        JsonInput.RequireKeys(root, file, "format", "version", "spins", "grid", "values");
        JsonInput.RequireFormat(root, file, Format, Version);
        int given = (root.TryGetProperty("spins", out var spins) ? 1 : 0) + (root.TryGetProperty("grid", out var grid) ? 1 : 0) + (root.TryGetProperty("values", out var values) ? 1 : 0);
        if (given != 1)
        {
            throw InputFileException.At(file, "give the state as exactly one of spins (a list of ±1), grid (strings of '#' and '.') or values (real numbers, modern networks)");
        }

        if (spins.ValueKind != JsonValueKind.Undefined)
        {
            if (spins.ValueKind == JsonValueKind.Array && spins.GetArrayLength() > 0 && spins[0].ValueKind == JsonValueKind.String)
            {
                throw InputFileException.At(file, "spins is a list of ±1 numbers; write a grid of strings under grid");
            }

            return OfSpins(SpinText.Read(spins, file, "spins", out _, out _));
        }

        if (grid.ValueKind != JsonValueKind.Undefined)
        {
            if (grid.ValueKind != JsonValueKind.Array || grid.GetArrayLength() == 0 || grid[0].ValueKind != JsonValueKind.String)
            {
                throw InputFileException.At(file, "grid must be a non-empty list of strings of '#' (+1) and '.' (-1)");
            }

            var cells = SpinText.Read(grid, file, "grid", out int width, out int height);
            return OfSpins(cells, width, height);
        }

        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            throw InputFileException.At(file, "values must be a non-empty list of finite numbers");
        }

        var reals = new double[values.GetArrayLength()];
        int i = 0;
        foreach (var value in values.EnumerateArray())
        {
            reals[i] = value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double x) && double.IsFinite(x)
                ? x
                : throw InputFileException.At(file, $"values[{i}] is {value.GetRawText()}; a value is a finite number");
            i++;
        }

        return OfValues(reals);
    }

    /// <summary>The JSON text of this state (a grid when it has a width, else the list).</summary>
    public string ToJson()
    {
        var root = new JsonObject { ["format"] = Format, ["version"] = Version };
        if (Values is not null)
        {
            root["values"] = new JsonArray(Values.Select(v => (JsonNode)v).ToArray());
        }
        else if (Width > 0)
        {
            root["grid"] = new JsonArray(SpinText.ToGrid(Spins, Width, Height).Select(r => (JsonNode)r!).ToArray());
        }
        else
        {
            root["spins"] = new JsonArray(Spins!.Select(s => (JsonNode)(int)s).ToArray());
        }

        return NetworkFile.Serialize(root);
    }
}
