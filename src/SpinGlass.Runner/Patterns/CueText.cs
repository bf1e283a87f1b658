namespace SpinGlass.Runner.Patterns;

/// <summary>
/// An explicit recall cue written as text (<c>cue.file</c>, <c>cue.grid</c>): rows of <c>#</c> (+1) and <c>.</c> (−1),
/// row-major, or ±1 values separated by whitespace or commas. In a file, blank lines are ignored and a line starting with
/// <c>#</c> followed by anything but <c>#</c> or <c>.</c> (e.g. <c># a noisy A</c>) is a comment; in a list <c>#</c>
/// starts a comment anywhere. The first line that is neither decides the form: a grid when it starts with <c>#</c> or
/// <c>.</c>, else a list.
/// </summary>
internal static class CueText
{
    private const string CellRule = "a grid cell is '#' (+1) or '.' (-1)";

    /// <summary>The cue in the lines of a file, or null with the first problem in <paramref name="error"/> (1-based line and column).</summary>
    public static ParsedCue? ParseFile(IReadOnlyList<string> lines, out CueTextError? error) => Parse(lines, gridOnly: false, out error);

    /// <summary>The cue in inline grid rows (<c>cue.grid</c>), or null with the first problem (line = row).</summary>
    public static ParsedCue? ParseGrid(IReadOnlyList<string> rows, out CueTextError? error) => Parse(rows, gridOnly: true, out error);

    /// <summary>The lines of a file's text (<c>\n</c> or <c>\r\n</c> line ends).</summary>
    public static string[] Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n');
    }

    private static ParsedCue? Parse(IReadOnlyList<string> lines, bool gridOnly, out CueTextError? error)
    {
        error = null;
        bool? grid = gridOnly ? true : null;
        var spins = new List<sbyte>();
        int width = 0, height = 0;
        for (int l = 0; l < lines.Count && error is null; l++)
        {
            string line = lines[l].TrimEnd();
            int indent = line.Length - line.TrimStart().Length;
            string content = line[indent..];
            if (!gridOnly && (content.Length == 0 || IsComment(content)))
            {
                continue;
            }

            grid ??= content[0] is '#' or '.';
            error = grid.Value ? ReadRow(content, l + 1, indent + 1, spins, ref width) : ReadValues(content, l + 1, indent + 1, spins);
            height++;
        }

        if (error is null && spins.Count == 0)
        {
            error = new(1, 1, "holds no spins; give rows of '#' (+1) and '.' (-1), or 1 and -1 separated by spaces or commas");
        }

        return error is not null ? null
            : grid == true ? new ParsedCue([.. spins], width, height, IsGrid: true)
            : new ParsedCue([.. spins], spins.Count, 1, IsGrid: false);
    }

    private static bool IsComment(string content) => content[0] == '#' && content.Length > 1 && content[1] is not ('#' or '.');

    private static CueTextError? ReadRow(string row, int line, int column, List<sbyte> spins, ref int width)
    {
        if (row.Length == 0)
        {
            return new(line, column, $"the row is empty; {CellRule}");
        }

        for (int c = 0; c < row.Length; c++)
        {
            if (row[c] is not ('#' or '.'))
            {
                return new(line, column + c, $"'{row[c]}' is not a grid cell; {CellRule}");
            }

            spins.Add(row[c] == '#' ? (sbyte)1 : (sbyte)-1);
        }

        if (width == 0)
        {
            width = row.Length;
        }
        else if (row.Length != width)
        {
            return new(line, column, $"the row has {row.Length} cells, the first row {width}; all rows must be equally long");
        }

        return null;
    }

    private static CueTextError? ReadValues(string text, int line, int column, List<sbyte> spins)
    {
        int end = text.IndexOf('#', StringComparison.Ordinal) is int hash and >= 0 ? hash : text.Length;
        for (int i = 0; i < end;)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] == ',')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < end && !char.IsWhiteSpace(text[i]) && text[i] != ',')
            {
                i++;
            }

            switch (text[start..i])
            {
                case "1" or "+1":
                    spins.Add(1);
                    break;
                case "-1":
                    spins.Add(-1);
                    break;
                case var token:
                    return new(line, column + start, $"'{token}' is not a spin; give 1 or -1, separated by spaces or commas (or a grid of '#' and '.')");
            }
        }

        return null;
    }
}
