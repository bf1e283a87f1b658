using System.Text.Json;

namespace SpinGlass.Runner.Interactive;

/// <summary>A ±1 vector written as numbers or as a grid of <c>#</c> (+1) and <c>.</c> (−1) strings, one string a row.</summary>
public static class SpinText
{
    /// <summary>The grid of <paramref name="spins"/>, <paramref name="height"/> rows of <paramref name="width"/> characters.</summary>
    public static string[] ToGrid(ReadOnlySpan<sbyte> spins, int width, int height)
    {
        if (width * height != spins.Length)
        {
            throw new ArgumentException($"{width}×{height} is not {spins.Length} spins", nameof(width));
        }

        var rows = new string[height];
        for (int r = 0; r < height; r++)
        {
            var chars = new char[width];
            for (int c = 0; c < width; c++)
            {
                chars[c] = spins[(r * width) + c] > 0 ? '#' : '.';
            }

            rows[r] = new string(chars);
        }

        return rows;
    }

    /// <summary>
    /// Reads <paramref name="element"/> (an array of ±1 numbers or of grid strings) as spins; <paramref name="what"/> names
    /// it in errors. A grid gives its width and height.
    /// </summary>
    internal static sbyte[] Read(JsonElement element, string file, string what, out int width, out int height)
    {
        width = height = 0;
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            throw InputFileException.At(file, $"{what} must be a non-empty list of ±1 numbers or of grid strings of '#' and '.'");
        }

        if (element[0].ValueKind == JsonValueKind.String)
        {
            var rows = new List<string>();
            foreach (var row in element.EnumerateArray())
            {
                rows.Add(row.ValueKind == JsonValueKind.String ? row.GetString()! : throw InputFileException.At(file, $"{what}: a grid is a list of strings of '#' and '.'"));
            }

            return FromGrid(rows, file, what, out width, out height);
        }

        var spins = new sbyte[element.GetArrayLength()];
        int i = 0;
        foreach (var value in element.EnumerateArray())
        {
            spins[i] = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int s) && (s == 1 || s == -1)
                ? (sbyte)s
                : throw InputFileException.At(file, $"{what}[{i}] is {value.GetRawText()}; a spin is 1 or -1");
            i++;
        }

        return spins;
    }

    /// <summary>Reads grid rows of <c>#</c>/<c>.</c>; every row must have the first row's length.</summary>
    internal static sbyte[] FromGrid(IReadOnlyList<string> rows, string file, string what, out int width, out int height)
    {
        height = rows.Count;
        width = rows[0].Length;
        if (width == 0)
        {
            throw InputFileException.At(file, $"{what}: grid rows must not be empty");
        }

        var spins = new sbyte[width * height];
        for (int r = 0; r < height; r++)
        {
            if (rows[r].Length != width)
            {
                throw InputFileException.At(file, $"{what}: grid row {r + 1} has {rows[r].Length} characters, row 1 has {width}; all rows must be equally long");
            }

            for (int c = 0; c < width; c++)
            {
                spins[(r * width) + c] = rows[r][c] switch
                {
                    '#' => 1,
                    '.' => -1,
                    char other => throw InputFileException.At(file, $"{what}: grid row {r + 1}, column {c + 1} is '{other}'; a grid cell is '#' (+1) or '.' (-1)"),
                };
            }
        }

        return spins;
    }
}
