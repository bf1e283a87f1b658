using System.Globalization;
using SpinGlass.Models.Graphs;

namespace SpinGlass.Runner.SpinGlasses;

/// <summary>
/// The weighted graph of an <c>anneal</c> config's <c>graph: FILE</c> (docs/spin-glasses.md, "Max-cut"): one edge per
/// line, <c>u v w</c> (0-based vertices, each pair once, in either order; the weight may be left out for 1), an optional
/// <c>n N</c> line for vertices no edge names, <c>#</c> comments and blank lines; values separated by spaces, tabs or
/// commas as in couplings files. Errors are positioned: line and column of the offending token.
/// </summary>
internal static class GraphFile
{
    private const string LineRule = "a line is `u v w` (two 0-based vertices and a weight; `u v` for weight 1), `n N` (the number of vertices) or a # comment";

    /// <summary>Parses the text; null with the first <paramref name="error"/> (line, column, message) when it breaks the rules.</summary>
    public static WeightedGraph? Parse(string text, out (int Line, int Column, string Message)? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var edges = new List<(int, int, double)>();
        var pairs = new Dictionary<long, int>();
        int declared = -1, declaredLine = 0, highest = -1, highestLine = 0;
        string[] lines = text.Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            string line = lines[l];
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var tokens = CouplingsFile.Tokens(hash >= 0 ? line[..hash] : line);
            int number = l + 1;
            if (tokens.Count == 0)
            {
                continue;
            }

            if (tokens[0].Text == "n")
            {
                if (tokens.Count != 2)
                {
                    error = (number, tokens[0].Column, $"`n` takes 1 value; {LineRule}");
                    return null;
                }

                if (!Vertex(tokens[1], out int count, out error, number, "N"))
                {
                    return null;
                }

                if (declared >= 0 || count < 2)
                {
                    error = (number, tokens[1].Column, declared >= 0 ? $"N is declared twice (also at line {declaredLine})" : "a graph needs at least 2 vertices");
                    return null;
                }

                (declared, declaredLine) = (count, number);
                continue;
            }

            if (tokens.Count is not (2 or 3))
            {
                error = (number, tokens[0].Column, $"{tokens.Count} value{(tokens.Count == 1 ? "" : "s")}; {LineRule}");
                return null;
            }

            if (!Vertex(tokens[0], out int u, out error, number, "a vertex") || !Vertex(tokens[1], out int v, out error, number, "a vertex"))
            {
                return null;
            }

            double weight = 1;
            if (tokens.Count == 3 && !(double.TryParse(tokens[2].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && double.IsFinite(weight)))
            {
                error = (number, tokens[2].Column, $"'{tokens[2].Text}' is not a finite number (the edge weight)");
                return null;
            }

            if (u == v)
            {
                error = (number, tokens[1].Column, $"an edge joins two different vertices (got {u} and {v}); a loop is never cut");
                return null;
            }

            long key = ((long)Math.Min(u, v) << 32) | (uint)Math.Max(u, v);
            if (pairs.TryGetValue(key, out int earlier))
            {
                error = (number, tokens[0].Column, $"the edge ({Math.Min(u, v)}, {Math.Max(u, v)}) is given twice (also at line {earlier}); give each pair once");
                return null;
            }

            if (edges.Count >= CouplingsFile.MaxBonds)
            {
                error = (number, 1, $"more than {CouplingsFile.MaxBonds} edges");
                return null;
            }

            pairs[key] = number;
            edges.Add((u, v, weight));
            (highest, highestLine) = Math.Max(u, v) > highest ? (Math.Max(u, v), number) : (highest, highestLine);
        }

        if (edges.Count == 0)
        {
            error = (1, 1, $"holds no edge; {LineRule}");
            return null;
        }

        if (declared >= 0 && highest >= declared)
        {
            error = (highestLine, 1, $"vertex {highest} is outside 0 … {declared - 1} (n {declared} at line {declaredLine})");
            return null;
        }

        return new WeightedGraph(declared >= 0 ? declared : highest + 1, edges);
    }

    private static bool Vertex((string Text, int Column) token, out int vertex, out (int, int, string)? error, int line, string what)
    {
        error = null;
        if (int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out vertex) && vertex < CouplingsFile.MaxSites)
        {
            return true;
        }

        error = (line, token.Column, $"'{token.Text}' is not {what}: a whole number 0 … {CouplingsFile.MaxSites - 1}");
        return false;
    }
}
