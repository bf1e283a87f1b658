using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Scans the parser events of a YAML text in one loop, before anything builds a tree, for shapes that would make a
/// recursive reader (YamlDotNet's representation model, node hashing) overflow the stack or never end: lists and
/// mappings nested more than <see cref="MaxDepth"/> levels deep, counting what an alias brings in; an alias inside
/// the node its anchor names (a cycle); an alias before its anchor (which the representation model resolves later,
/// so it can make a cycle too).
/// </summary>
/// <remarks>
/// A stack overflow cannot be caught in .NET: it ends the process, so the depth must be known before the first
/// recursive call. YamlDotNet's <see cref="Parser"/> itself is a state machine with explicit stacks.
/// </remarks>
internal static class YamlShape
{
    /// <summary>The deepest nesting of lists and mappings allowed (the top-level mapping is level 1).</summary>
    public const int MaxDepth = 64;

    private const int Open = -1;

    /// <summary>
    /// Whether the text has a safe shape; otherwise its first problem is reported. A syntax error ends the scan
    /// without a report: the loader reports it, having met nothing unsafe before it.
    /// </summary>
    public static bool Check(string text, Func<Mark, ConfigPosition> locate, ConfigDiagnostics diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var tallest = new Stack<(int Height, AnchorName Anchor)>();
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case NodeEvent start and (MappingStart or SequenceStart):
                        if (tallest.Count >= MaxDepth)
                        {
                            return Fail(start.Start, $"lists and mappings nest more than {MaxDepth} levels deep here; a config needs two or three");
                        }

                        if (!start.Anchor.IsEmpty)
                        {
                            anchors[start.Anchor.Value] = Open;
                        }

                        tallest.Push((0, start.Anchor));
                        break;
                    case MappingEnd or SequenceEnd:
                        var (height, anchor) = tallest.Pop();
                        if (!anchor.IsEmpty)
                        {
                            anchors[anchor.Value] = height + 1;
                        }

                        Child(height + 1);
                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 0;
                        }

                        Child(0);
                        break;
                    case AnchorAlias alias:
                        string name = alias.Value.Value;
                        if (!anchors.TryGetValue(name, out int aliased))
                        {
                            return Fail(alias.Start, $"the alias *{name} has no anchor &{name} before it");
                        }

                        if (aliased == Open)
                        {
                            return Fail(alias.Start, $"the alias *{name} is inside the node &{name} names, which would contain itself");
                        }

                        if (tallest.Count + aliased > MaxDepth)
                        {
                            return Fail(alias.Start, $"the alias *{name} makes lists and mappings nest more than {MaxDepth} levels deep");
                        }

                        Child(aliased);
                        break;
                    case DocumentStart:
                        anchors.Clear();
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // a syntax error: the loader meets it again and reports it
        }

        return true;

        void Child(int height)
        {
            if (tallest.TryPop(out var parent))
            {
                tallest.Push((Math.Max(parent.Height, height), parent.Anchor));
            }
        }

        bool Fail(Mark mark, string message)
        {
            diagnostics.Add(locate(mark), "", message);
            return false;
        }
    }
}
