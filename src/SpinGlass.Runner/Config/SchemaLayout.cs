namespace SpinGlass.Runner.Config;

/// <summary>The key hierarchy of a parameter list: which keys are allowed at each level and which are sections.</summary>
internal sealed class SchemaLayout
{
    private readonly Dictionary<string, ParameterSpec> _leaves = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal) { [""] = [] };

    public SchemaLayout(IReadOnlyList<ParameterSpec> specs)
    {
        foreach (var spec in specs)
        {
            _leaves[spec.Path] = spec;
            var parent = "";
            foreach (var segment in spec.Path.Split('.'))
            {
                var children = _children[parent];
                if (!children.Contains(segment))
                {
                    children.Add(segment);
                }

                parent = parent.Length == 0 ? segment : $"{parent}.{segment}";
                _children.TryAdd(parent, []);
            }
        }
    }

    /// <summary>The spec of a leaf key, or <see langword="null"/>.</summary>
    public ParameterSpec? Leaf(string path) => _leaves.GetValueOrDefault(path);

    /// <summary>Whether <paramref name="path"/> is a section such as <c>model</c> or <c>dynamics</c>.</summary>
    public bool IsSection(string path) => !_leaves.ContainsKey(path) && _children.ContainsKey(path);

    /// <summary>The key names allowed directly under <paramref name="section"/> ("" for the top level), in declaration order.</summary>
    public IReadOnlyList<string> KeysUnder(string section) => _children.TryGetValue(section, out var keys) ? keys : [];

    /// <summary>The section that holds <paramref name="path"/> ("" for a top-level key).</summary>
    public static string SectionOf(string path) => path.Contains('.', StringComparison.Ordinal) ? path[..path.LastIndexOf('.')] : "";
}
