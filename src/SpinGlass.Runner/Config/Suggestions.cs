namespace SpinGlass.Runner.Config;

/// <summary>"Did you mean …?" hints from the edit distance between a misspelt name and the allowed ones.</summary>
internal static class Suggestions
{
    /// <summary>
    /// <c>" (did you mean 'X'?)"</c> for the closest candidate within ⌈length/3⌉ edits (case and adjacent
    /// transpositions are cheap), or an empty string when none is close.
    /// </summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        var best = "";
        var bestDistance = Math.Max(1, (word.Length + 2) / 3) + 1;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best.Length == 0 || best == word ? "" : $" (did you mean '{best}'?)";
    }

    /// <summary>
    /// Optimal-string-alignment distance, ignoring case: insertions, deletions, substitutions and swaps of
    /// neighbours cost 1. Two spellings that differ only in case have distance 0.
    /// </summary>
    public static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
