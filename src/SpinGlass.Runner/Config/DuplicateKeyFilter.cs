using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpinGlass.Runner.Config;

/// <summary>
/// Passes parser events through, but drops a repeated mapping key together with its value and reports
/// it, so that one duplicate does not hide every other error of the file; likewise a key that is a list, a mapping
/// or an alias.
/// </summary>
/// <remarks>
/// The representation model throws on the first duplicate key and stops loading. It also hashes every key into a
/// dictionary, recursively: a list key made of aliases to aliases would take time exponential in its length.
/// </remarks>
internal sealed class DuplicateKeyFilter(IParser inner, Func<Mark, ConfigPosition> locate, ConfigDiagnostics diagnostics)
    : IParser
{
    private readonly Stack<Frame> _frames = new();

    public ParsingEvent? Current { get; private set; }

    /// <summary>The start and bracket of the innermost flow collection (<c>[</c> or <c>{</c>) still open, if any.</summary>
    public (Mark Start, char Bracket)? OpenFlow =>
        _frames.FirstOrDefault(f => f.FlowStart is not null) is { FlowStart: { } start } frame
            ? (start, frame.IsMapping ? '{' : '[')
            : null;

    /// <summary>The end of the last event read.</summary>
    public Mark LastMark { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var parsingEvent = inner.Current!;
            LastMark = parsingEvent.End;
            if (parsingEvent is Scalar key && _frames.TryPeek(out var frame) && frame.ExpectsKey
                && frame.Keys.TryGetValue(key.Value, out var first))
            {
                var path = frame.Path.Length == 0 ? key.Value : $"{frame.Path}.{key.Value}";
                diagnostics.Add(
                    locate(key.Start),
                    path,
                    $"duplicate key '{key.Value}' (first given at line {first.Line}); give each key once");
                SkipNode();
                continue;
            }

            if (parsingEvent is MappingStart or SequenceStart or AnchorAlias && _frames.TryPeek(out var mapping) && mapping.ExpectsKey)
            {
                string kind = parsingEvent switch { MappingStart => "a mapping", SequenceStart => "a list", _ => "an alias" };
                diagnostics.Add(locate(parsingEvent.Start), mapping.Path, $"keys must be plain names, got {kind}");
                if (parsingEvent is not AnchorAlias)
                {
                    SkipNode(1);
                }

                SkipNode();
                continue;
            }

            if (parsingEvent is MappingEnd && _frames.TryPeek(out var open) && open.IsMapping && !open.ExpectsKey)
            {
                // YamlDotNet 16 can lose the empty key of a line that is only ':' after a nested block mapping and then
                // ends the mapping after a key; its loader would fail with an ArgumentException
                throw new SemanticErrorException(open.KeyStart, open.KeyStart, "a key without a value (or a value without a key) here");
            }

            Track(parsingEvent);
            Current = parsingEvent;
            return true;
        }

        Current = null;
        return false;
    }

    private void Track(ParsingEvent parsingEvent)
    {
        switch (parsingEvent)
        {
            case MappingStart mapping:
                _frames.Push(new Frame(true, ChildPath(), mapping.Style == MappingStyle.Flow ? mapping.Start : null));
                break;
            case SequenceStart sequence:
                _frames.Push(new Frame(false, ChildPath(), sequence.Style == SequenceStyle.Flow ? sequence.Start : null));
                break;
            case MappingEnd or SequenceEnd:
                _frames.Pop();
                Completed();
                break;
            case Scalar scalar:
                if (_frames.TryPeek(out var frame) && frame.ExpectsKey)
                {
                    frame.Keys[scalar.Value] = locate(scalar.Start);
                    frame.PendingKey = scalar.Value;
                    frame.KeyStart = scalar.Start;
                }

                Completed();
                break;
            case AnchorAlias:
                Completed();
                break;
        }
    }

    private string ChildPath()
    {
        if (!_frames.TryPeek(out var parent))
        {
            return "";
        }

        if (!parent.IsMapping || parent.ExpectsKey)
        {
            return parent.Path;
        }

        return parent.Path.Length == 0 ? parent.PendingKey : $"{parent.Path}.{parent.PendingKey}";
    }

    private void Completed()
    {
        if (_frames.TryPeek(out var frame) && frame.IsMapping)
        {
            frame.ExpectsKey = !frame.ExpectsKey;
        }
    }

    /// <summary>Reads past the next node, or with <paramref name="depth"/> 1 past the end of the collection just started.</summary>
    private void SkipNode(int depth = 0)
    {
        while (inner.MoveNext())
        {
            depth += inner.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return;
            }
        }
    }

    private sealed class Frame(bool isMapping, string path, Mark? flowStart)
    {
        public Mark? FlowStart { get; } = flowStart;

        public bool IsMapping { get; } = isMapping;

        public string Path { get; } = path;

        public bool ExpectsKey { get; set; } = isMapping;

        public string PendingKey { get; set; } = "";

        public Mark KeyStart { get; set; } = Mark.Empty;

        public Dictionary<string, ConfigPosition> Keys { get; } = new(StringComparer.Ordinal);
    }
}
