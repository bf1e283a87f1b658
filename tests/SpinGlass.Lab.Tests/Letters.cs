using System.Text.Json.Nodes;
using SpinGlass.Models.Hopfield.Letters;

namespace SpinGlass.Lab.Tests;

/// <summary>Networks and states of the built-in letters in the lab's formats.</summary>
internal static class Letters
{
    public static JsonObject Network(string letters, string kind = "classical", Action<JsonObject>? extra = null)
    {
        var network = new JsonObject { ["format"] = "spinglass-network", ["version"] = 1, ["kind"] = kind, ["letters"] = letters };
        extra?.Invoke(network);
        return network;
    }

    public static sbyte[] Spins(char letter) => LetterPatterns.Letter(letter).ToArray();

    public static string[] Rows(ReadOnlySpan<sbyte> spins)
    {
        var rows = new string[LetterPatterns.Height];
        var row = new char[LetterPatterns.Width];
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = spins[r * LetterPatterns.Width + c] > 0 ? '#' : '.';
            }

            rows[r] = new string(row);
        }

        return rows;
    }

    public static JsonObject State(ReadOnlySpan<sbyte> spins) =>
        new() { ["format"] = "spinglass-state", ["version"] = 1, ["grid"] = new JsonArray([.. Rows(spins).Select(r => (JsonNode)r!)]) };

    /// <summary>The letter with the given cells flipped.</summary>
    public static sbyte[] Noisy(char letter, params int[] flips)
    {
        var spins = Spins(letter);
        foreach (int i in flips)
        {
            spins[i] = (sbyte)-spins[i];
        }

        return spins;
    }

    public static sbyte[] Read(JsonNode state) =>
        [.. string.Concat(state["grid"]!.AsArray().Select(r => (string)r!)).Select(c => c == '#' ? (sbyte)1 : (sbyte)-1)];
}
