using System.Globalization;
using SpinGlass.Models.Couplings;

namespace SpinGlass.Runner.SpinGlasses;

/// <summary>
/// The couplings file of <c>model: { couplings: FILE }</c> (docs/spin-glasses.md, "Couplings files"): one bond per line,
/// <c>i j J_ij</c> (0-based sites, each pair once, in either order), optional field lines <c>h i h_i</c>, an optional
/// <c>n N</c> line for sites no bond or field names, <c>#</c> comments and blank lines. It describes
/// <c>E = −Σ_{i&lt;j} J_ij s_i s_j − Σ_i h_i s_i</c>. Errors are positioned: line and column of the offending token.
/// </summary>
internal static class CouplingsFile
{
    /// <summary>The most sites a couplings file may have.</summary>
    public const int MaxSites = 1 << 22;

    /// <summary>The most bonds a couplings file may have.</summary>
    public const int MaxBonds = 1 << 24;

    private const string LineRule = "a line is `i j J_ij` (two 0-based sites and a coupling), `h i h_i` (a field), `n N` (the number of sites) or a # comment";

    /// <summary>Parses the text; null with the first <paramref name="error"/> (line, column, message) when it breaks the rules.</summary>
    public static BondList? Parse(string text, out (int Line, int Column, string Message)? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var bonds = new List<(int, int, double)>();
        var fields = new Dictionary<int, double>();
        var pairs = new Dictionary<long, int>();
        var fieldLines = new Dictionary<int, int>();
        int declared = -1, declaredLine = 0, highest = -1, highestLine = 0;
        string[] lines = text.Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            string line = lines[l];
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string content = hash >= 0 ? line[..hash] : line;
            var tokens = Tokens(content);
            if (tokens.Count == 0)
            {
                continue;
            }

            int number = l + 1;
            string first = tokens[0].Text;
            if (first is "h" or "n")
            {
                int want = first == "h" ? 3 : 2;
                if (tokens.Count != want)
                {
                    error = (number, tokens[Math.Min(tokens.Count, want) - 1].Column, $"`{first}` takes {want - 1} value{(want == 3 ? "s" : "")}; {LineRule}");
                    return null;
                }

                if (!Site(tokens[1], out int site, out error, number, first == "n" ? "N" : "the site"))
                {
                    return null;
                }

                if (first == "n")
                {
                    if (declared >= 0 || site < 1)
                    {
                        error = (number, tokens[1].Column, declared >= 0 ? $"N is declared twice (also at line {declaredLine})" : "N must be at least 1");
                        return null;
                    }

                    (declared, declaredLine) = (site, number);
                    continue;
                }

                if (!Real(tokens[2], out double h, out error, number))
                {
                    return null;
                }

                if (fieldLines.TryGetValue(site, out int before))
                {
                    error = (number, tokens[1].Column, $"the field of site {site} is given twice (also at line {before})");
                    return null;
                }

                fieldLines[site] = number;
                fields[site] = h;
                (highest, highestLine) = site > highest ? (site, number) : (highest, highestLine);
                continue;
            }

            if (tokens.Count != 3)
            {
                error = (number, tokens[0].Column, $"{tokens.Count} value{(tokens.Count == 1 ? "" : "s")}; {LineRule}");
                return null;
            }

            if (!Site(tokens[0], out int i, out error, number, "a site") || !Site(tokens[1], out int j, out error, number, "a site") || !Real(tokens[2], out double strength, out error, number))
            {
                return null;
            }

            if (i == j)
            {
                error = (number, tokens[1].Column, $"a bond joins two different sites (got {i} and {j}); a self-coupling s_i² is a constant");
                return null;
            }

            long key = ((long)Math.Min(i, j) << 32) | (uint)Math.Max(i, j);
            if (pairs.TryGetValue(key, out int earlier))
            {
                error = (number, tokens[0].Column, $"the pair ({Math.Min(i, j)}, {Math.Max(i, j)}) is given twice (also at line {earlier}); give each pair once");
                return null;
            }

            if (bonds.Count >= MaxBonds)
            {
                error = (number, 1, $"more than {MaxBonds} bonds");
                return null;
            }

            pairs[key] = number;
            bonds.Add((i, j, strength));
            (highest, highestLine) = Math.Max(i, j) > highest ? (Math.Max(i, j), number) : (highest, highestLine);
        }

        if (highest < 0 && declared < 0)
        {
            error = (1, 1, $"holds no bond, field or N; {LineRule}");
            return null;
        }

        if (declared >= 0 && highest >= declared)
        {
            error = (highestLine, 1, $"site {highest} is outside 0 … {declared - 1} (n {declared} at line {declaredLine})");
            return null;
        }

        int n = declared >= 0 ? declared : highest + 1;
        if (n < 2)
        {
            error = (1, 1, "a model needs at least 2 sites");
            return null;
        }

        var siteFields = new double[n];
        foreach (var (site, value) in fields)
        {
            siteFields[site] = value;
        }

        return new BondList(n, bonds, siteFields);
    }

    private static bool Site((string Text, int Column) token, out int site, out (int, int, string)? error, int line, string what)
    {
        error = null;
        if (int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out site) && site < MaxSites)
        {
            return true;
        }

        error = (line, token.Column, $"'{token.Text}' is not {what}: a whole number 0 … {MaxSites - 1}");
        return false;
    }

    private static bool Real((string Text, int Column) token, out double value, out (int, int, string)? error, int line)
    {
        error = null;
        if (double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        error = (line, token.Column, $"'{token.Text}' is not a finite number");
        return false;
    }

    /// <summary>The tokens of a line without its comment: runs of characters between spaces, tabs or commas, each with its 1-based column.</summary>
    internal static List<(string Text, int Column)> Tokens(string content)
    {
        var tokens = new List<(string, int)>();
        int k = 0;
        while (k < content.Length)
        {
            if (char.IsWhiteSpace(content[k]) || content[k] == ',')
            {
                k++;
                continue;
            }

            int start = k;
            while (k < content.Length && !char.IsWhiteSpace(content[k]) && content[k] != ',')
            {
                k++;
            }

            tokens.Add((content[start..k], start + 1));
        }

        return tokens;
    }
}
