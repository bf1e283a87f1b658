using System.Globalization;
using System.Text;
using CsCheck;

namespace SpinGlass.Runner.Tests.Config;

/// <summary>
/// CsCheck generators of hostile configs: a shipped config with one to four mutations (lines deleted, duplicated,
/// swapped or re-indented, values of the wrong type, huge numbers, deep nesting, random bytes and unicode, anchors
/// and aliases), plus up to two <c>--set</c> arguments built the same way.
/// </summary>
internal static class ConfigMutations
{
    /// <summary>How deep the generated nesting goes: often near the limit of 64 levels, about one case in ten 100,000 deep.</summary>
    public static readonly Gen<int> Depth = Gen.Frequency((4, Gen.Int[1, 70]), (2, Gen.Int[60, 70]), (1, Gen.Int[70, 5_000]), (1, Gen.Const(100_000)));

    private static readonly string[] Keys =
    [
        "experiment", "name", "seed", "trials", "model", "model.N", "model.L", "model.alpha", "model.p", "model.K", "model.n", "model.delay",
        "model.patterns", "model.files", "model.letters", "model.lattice", "T", "beta", "noise", "dynamics", "dynamics.rule",
        "dynamics.sweeps", "dynamics.measure", "start", "start.noise", "distance", "mixture", "starts", "model.kernel",
    ];

    private static readonly string[] Values =
    [
        "1e308", "-1e308", "1e400", "1e-400", "99999999999999999999", "-9223372036854775809", "9223372036854775807", "2147483648",
        "1000000", "0", "-0", "-1", "0.5", "1e6", "0x1F", "0o17", "1_000", ".inf", "-.inf", ".nan", "~", "null", "", "true", "no",
        "'quoted'", "\"a\\nb\\u2028c\"", "[]", "{}", "[1, 2, 3]", "[1, 1]", "[1, 1.0, -0]", "[[1]]", "{from: 0, to: 1, step: 0.1}",
        "{from: 0, to: 1e9, step: 1e-9}", "{from: 1, to: 1, step: 0}", "{from: 2, to: 1, step: 1}", "{from: 1, to: 2, step: 1, x: 3}",
        "&a [1, *a]", "*nope", "&x 5", "!!binary aGk=", "!custom 3", "|\n  text\n", ">\n  folded\n", "\n  - 1\n  - 2", "\n  a: 1\n  a: 2",
        "[a, b", "{a: 1", "'unterminated", "ising", "sequence", "dense", "retrieval", "images", "letters", "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "../../etc", "a/b", "nul\0l", "x\u202Ey", "\uFEFF1", "\uD800", "🧊🧊", new string('n', 300), "? [a]\n: 1", "- - - 1",
    ];

    private static readonly Gen<string> RandomScalar = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Long.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char.AlphaNumeric, 0, 12]);

    /// <summary>A value of any type, well formed or not.</summary>
    public static readonly Gen<string> Value = Gen.Frequency(
        (60, Gen.OneOf<string>(Values)),
        (30, RandomScalar),
        (20, Gen.Select(Depth, Gen.Int[0, 3], Nested)),
        (10, RandomScalar.Array[0, 8].Select(items => $"[{string.Join(", ", items)}]")),
        (1, Gen.Int[1, 3].Select(k => $"[{string.Join(", ", Enumerable.Range(0, k * 50_000))}]")));

    /// <summary>Random bytes read as Latin-1 characters (control characters, NUL, DEL included).</summary>
    public static readonly Gen<string> Bytes = Gen.Byte.Array[1, 16].Select(b => Encoding.Latin1.GetString(b));

    /// <summary>Random UTF-16 code units, lone surrogates, BOMs, line separators and right-to-left marks included.</summary>
    public static readonly Gen<string> Unicode = Gen.Frequency(
        (3, Gen.Char.Array[1, 8].Select(c => new string(c))),
        (1, Gen.OneOf<string>("\uFEFF", "\u2028", "\u2029", "\u0085", "\u202E", "\uD83D", "\uDE00", "\u0000", "\t", "\r", "　")));

    private static readonly Gen<Func<string, string>> Mutation = Gen.Frequency(
        (3, Gen.Int.Select<int, Func<string, string>>(a => text => WithLines(text, lines => lines.RemoveAt(Index(a, lines.Count))))),
        (3, Gen.Int.Select<int, Func<string, string>>(a => text => WithLines(text, lines => lines.Insert(Index(a, lines.Count), lines[Index(a, lines.Count)])))),
        (3, Gen.Select(Gen.Int, Gen.Int).Select<(int, int), Func<string, string>>(ab => text => WithLines(text, lines => Swap(lines, Index(ab.Item1, lines.Count), Index(ab.Item2, lines.Count))))),
        (2, Gen.Select(Gen.Int, Gen.Int[-3, 3]).Select<(int, int), Func<string, string>>(ab => text => WithLines(text, lines => Indent(lines, Index(ab.Item1, lines.Count), ab.Item2)))),
        (8, Gen.Select(Gen.Int, Value).Select<(int, string), Func<string, string>>(av => text => WithLines(text, lines => Revalue(lines, Index(av.Item1, lines.Count), av.Item2)))),
        (2, Gen.Select(Gen.Int, Gen.OneOf<string>(Keys), Value).Select<(int, string, string), Func<string, string>>(kv =>
            text => WithLines(text, lines => lines.Insert(Index(kv.Item1, lines.Count + 1), $"{kv.Item2}: {kv.Item3}")))),
        (2, Gen.Select(Gen.Int, Bytes).Select<(int, string), Func<string, string>>(ab => text => InsertAt(text, ab.Item1, ab.Item2))),
        (2, Gen.Select(Gen.Int, Unicode).Select<(int, string), Func<string, string>>(au => text => InsertAt(text, au.Item1, au.Item2))),
        (1, Gen.Select(Gen.Int, Gen.Int[1, 40]).Select<(int, int), Func<string, string>>(ab => text => Cut(text, ab.Item1, ab.Item2))),
        (3, Gen.Select(Gen.Int, Depth, Gen.Int[0, 3]).Select<(int, int, int), Func<string, string>>(t =>
            text => WithLines(text, lines => Revalue(lines, Index(t.Item1, lines.Count), Nested(t.Item2, t.Item3))))));

    private static readonly Gen<string> Set = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf<string>(Keys), Value).Select(kv => $"{kv.Item1}={kv.Item2}")),
        (1, Gen.String.Select(s => s)),
        (1, Gen.Select(Gen.OneOf<string>(Keys), Depth).Select(kd => $"{kd.Item1}={Nested(kd.Item2, 0)}")));

    /// <summary>A seed config mutated: its path (for messages and relative image files), the text and the <c>--set</c> arguments.</summary>
    public static Gen<(string Path, string Text, string[] Sets)> Of(IReadOnlyList<(string Path, string Text)> seeds) =>
        from seed in Gen.Int[0, seeds.Count - 1]
        from mutations in Mutation.Array[1, 4]
        from sets in Gen.Frequency((3, Gen.Const(Array.Empty<string>())), (1, Set.Array[1, 2]))
        select (seeds[seed].Path, mutations.Aggregate(seeds[seed].Text, (text, mutate) => mutate(text)), sets);

    /// <summary>
    /// A value nested <paramref name="depth"/> levels deep: flow lists, flow mappings, compact block lists on one line,
    /// or (at most 300 levels, its size grows as depth²) indented block mappings.
    /// </summary>
    public static string Nested(int depth, int style) => style switch
    {
        0 => $"{new string('[', depth)}1{new string(']', depth)}",
        1 => $"{string.Concat(Enumerable.Repeat("{a: ", depth))}1{new string('}', depth)}",
        2 => $"\n{string.Concat(Enumerable.Repeat("- ", depth))}1",
        _ => string.Concat(Enumerable.Range(1, Math.Min(depth, 300)).Select(level => $"\n{new string(' ', level)}k{level}:")) + " 1",
    };

    /// <summary>Whether the text nests more than 64 levels somewhere (in one of the generated styles).</summary>
    public static bool IsDeep(string text) =>
        new[] { Nested(65, 0)[..65], Nested(65, 1)[..(4 * 65)], Nested(65, 2)[..(2 * 65)], "\n" + new string(' ', 65) + "k" }
            .Any(pattern => text.Contains(pattern, StringComparison.Ordinal));

    private static int Index(int random, int count) => count == 0 ? 0 : (int)((uint)random % (uint)count);

    private static string WithLines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0)
        {
            change(lines);
        }

        return string.Join('\n', lines);
    }

    private static void Swap(List<string> lines, int a, int b) => (lines[a], lines[b]) = (lines[b], lines[a]);

    private static void Indent(List<string> lines, int a, int by) =>
        lines[a] = by >= 0 ? new string(' ', by) + lines[a] : lines[a][Math.Min(-by, lines[a].Length - lines[a].TrimStart(' ').Length)..];

    // the value after the line's first ':' (or the whole line) replaced
    private static void Revalue(List<string> lines, int a, string value)
    {
        int colon = lines[a].IndexOf(':', StringComparison.Ordinal);
        lines[a] = colon < 0 ? value : $"{lines[a][..(colon + 1)]} {value}";
    }

    private static string InsertAt(string text, int random, string insert) => text.Insert(Index(random, text.Length + 1), insert);

    private static string Cut(string text, int random, int length)
    {
        int start = Index(random, text.Length + 1);
        return text.Remove(start, Math.Min(length, text.Length - start));
    }
}
