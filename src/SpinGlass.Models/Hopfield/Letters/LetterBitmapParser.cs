namespace SpinGlass.Models.Hopfield.Letters;

/// <summary>Parses the letter bitmaps: a header line with one character, then <c>height</c> rows of <c>width</c> pixels.</summary>
internal static class LetterBitmapParser
{
    public const char On = '#';
    public const char Off = '.';

    public static Dictionary<char, sbyte[]> Parse(TextReader reader, int width, int height)
    {
        var bitmaps = new Dictionary<char, sbyte[]>();
        var lines = new List<(int Number, string Text)>();
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            string text = line.TrimEnd();
            if (text.Length > 0 && !text.StartsWith("//", StringComparison.Ordinal))
            {
                lines.Add((number, text));
            }
        }

        for (int k = 0; k < lines.Count; k += height + 1)
        {
            var (headerLine, header) = lines[k];
            if (header.Length != 1 || header[0] is On or Off)
            {
                throw new FormatException($"Line {headerLine}: expected a one-character letter header, got '{header}'.");
            }

            if (k + height >= lines.Count)
            {
                throw new FormatException($"Line {headerLine}: letter '{header}' has fewer than {height} rows.");
            }

            var pixels = new sbyte[width * height];
            for (int row = 0; row < height; row++)
            {
                var (rowLine, text) = lines[k + 1 + row];
                if (text.Length != width)
                {
                    throw new FormatException($"Line {rowLine}: letter '{header}' row {row} has {text.Length} pixels, expected {width}.");
                }

                for (int col = 0; col < width; col++)
                {
                    pixels[row * width + col] = text[col] switch
                    {
                        On => 1,
                        Off => -1,
                        _ => throw new FormatException($"Line {rowLine}: pixel '{text[col]}' is neither '{On}' nor '{Off}'."),
                    };
                }
            }

            if (!bitmaps.TryAdd(char.ToUpperInvariant(header[0]), pixels))
            {
                throw new FormatException($"Line {headerLine}: letter '{header}' is defined twice.");
            }
        }

        return bitmaps;
    }
}
