namespace SpinGlass.Runner.Config;

/// <summary>Builds the nested, sorted echo of a resolved config (e.g. for <c>summary.json</c>).</summary>
internal static class ConfigTree
{
    /// <summary>
    /// Sections become nested <see cref="SortedDictionary{TKey, TValue}"/> (ordinal key order); a value
    /// given as a list or range becomes a <see cref="List{T}"/> of its values, any other value stays a
    /// scalar (<see cref="long"/>, <see cref="double"/> — possibly +∞ —, <see cref="bool"/>, <see cref="string"/>).
    /// </summary>
    public static SortedDictionary<string, object> Build(IEnumerable<ResolvedParameter> parameters)
    {
        var root = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var segments = parameter.Path.Split('.');
            var section = root;
            foreach (var segment in segments[..^1])
            {
                if (!section.TryGetValue(segment, out var child))
                {
                    child = new SortedDictionary<string, object>(StringComparer.Ordinal);
                    section[segment] = child;
                }

                section = (SortedDictionary<string, object>)child;
            }

            section[segments[^1]] = parameter.IsList ? parameter.Values.ToList() : parameter.Values[0];
        }

        return root;
    }
}
