using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>Lets a <c>--set</c> of one member of an exclusive group (<c>beta</c>) replace the file's other member (<c>T</c>).</summary>
internal static class ExclusiveOverrides
{
    /// <summary>Removes from the tree the file's keys of every group in which a <c>--set</c> gave another member.</summary>
    public static void DropReplaced(
        YamlMappingNode root, IReadOnlyList<SetArgument> overrides, ExperimentSchema schema, ConfigDiagnostics diagnostics)
    {
        foreach (var group in schema.ExclusiveGroups)
        {
            foreach (var other in overrides.Where(o => group.Contains(o.Path)).SelectMany(o => group.Where(p => p != o.Path)))
            {
                var segments = other.Split('.');
                var mapping = root;
                foreach (var segment in segments[..^1])
                {
                    mapping = mapping?.Children.TryGetValue(new YamlScalarNode(segment), out var child) == true
                        ? child as YamlMappingNode
                        : null;
                }

                var key = mapping?.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } name } && name == segments[^1]);
                if (key is not null && diagnostics.Locate(key).File != ConfigError.SetSource)
                {
                    mapping!.Children.Remove(key);
                }
            }
        }
    }
}
