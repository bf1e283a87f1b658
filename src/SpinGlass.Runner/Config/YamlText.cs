using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SpinGlass.Runner.Config;

/// <summary>Parses YAML text into a representation tree, turning every syntax problem into a positioned error.</summary>
internal static partial class YamlText
{
    /// <summary>
    /// Parses the single document of <paramref name="text"/>. Returns <see langword="null"/> for an empty
    /// text (no document, or an empty document) and sets <paramref name="failed"/> on a syntax error.
    /// </summary>
    public static YamlNode? Parse(
        string text, Func<Mark, ConfigPosition> locate, ConfigDiagnostics diagnostics, out bool failed)
    {
        failed = false;
        if (Unprintable(text) is { } bad)
        {
            diagnostics.Add(locate(bad.Mark), "", $"invalid YAML: the character U+{(int)bad.Character:X4} is not allowed in YAML (not even in a comment)");
            failed = true;
            return null;
        }

        if (!YamlShape.Check(text, locate, diagnostics))
        {
            failed = true;
            return null;
        }

        var stream = new YamlStream();
        var parser = new DuplicateKeyFilter(new Parser(new StringReader(text)), locate, diagnostics);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException exception) when (exception.Start.Index < text.TrimEnd().Length || parser.OpenFlow is null)
        {
            diagnostics.Add(locate(exception.Start), "", $"invalid YAML: {Describe(exception)}");
            failed = true;
            return null;
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // At the end of the text the cause is an unclosed [ or { (for which YamlDotNet 16 may even throw an
            // InvalidOperationException); its opening bracket is the useful position.
            var (mark, message) = parser.OpenFlow is { } open
                ? (open.Start, $"invalid YAML: this '{open.Bracket}' is never closed")
                : (parser.LastMark, "invalid YAML: unexpected end of the text");
            diagnostics.Add(locate(mark), "", message);
            failed = true;
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(
                locate(stream.Documents[1].RootNode.Start), "", "only one YAML document is allowed (remove the '---')");
            failed = true;
        }

        return stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode) ? null : stream.Documents[0].RootNode;
    }

    /// <summary>
    /// The first character YAML 1.2 does not allow in a stream (§5.1: control characters other than tab and line
    /// breaks, lone surrogates, U+FFFE and U+FFFF), with its position. YamlDotNet's scanner takes U+0000 for the end of
    /// the text and then emits events its own loader rejects with an exception.
    /// </summary>
    private static (Mark Mark, char Character)? Unprintable(string text)
    {
        for (int i = 0, line = 1, lineStart = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
                continue;
            }

            bool surrogatePair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (surrogatePair)
            {
                i++;
                continue;
            }

            bool allowed = c is '\t' or '\r' or '\u0085' || (c >= ' ' && c <= '~') || (c >= '\u00A0' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
            if (!allowed)
            {
                return (new Mark(i, line, i - lineStart + 1), c);
            }
        }

        return null;
    }

    /// <summary>
    /// Every node of the tree under <paramref name="root"/> once, in one loop: a node an alias repeats is not walked
    /// again, so a tree of aliases to aliases takes time in proportion to its text, not to its expansion.
    /// </summary>
    public static IEnumerable<YamlNode> Nodes(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            var children = node switch
            {
                YamlSequenceNode list => list.Children,
                YamlMappingNode mapping => mapping.Children.SelectMany(pair => new[] { pair.Key, pair.Value }),
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Whether the node is an empty or null plain scalar (<c>~</c>, <c>null</c>, nothing).</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>"a list", "a mapping" or the quoted text of a scalar, for messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    private static string Describe(YamlException exception)
    {
        var message = MarkPrefix().Replace(exception.Message, "");
        if (exception.InnerException is { } inner && message.Length == 0)
        {
            message = inner.Message;
        }

        message = message.TrimEnd('.');
        return message.Length > 0 ? char.ToLowerInvariant(message[0]) + message[1..] : "a syntax error";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
