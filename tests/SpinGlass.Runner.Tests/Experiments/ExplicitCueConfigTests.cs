using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments;

namespace SpinGlass.Runner.Tests.Experiments;

/// <summary>
/// The retrieval key <c>cue</c> as a word or as a mapping { file | grid, target }: binding, defaults, errors at their
/// positions (in the config or in the cue file) and the fingerprint.
/// </summary>
public sealed class ExplicitCueConfigTests : IDisposable
{
    private const string Letters = "experiment: retrieval\nmodel: { patterns: letters, letters: ABC }\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "spinglass-tests", Guid.NewGuid().ToString("N"));

    public ExplicitCueConfigTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void A_cue_file_binds_with_the_nearest_stored_pattern_as_target_and_no_noise_by_default()
    {
        File.WriteAllText(Path.Combine(_root, "cue.txt"), Grid(LetterB(bits: 3)));
        var definition = Build(Letters + "cue: { file: cue.txt }\n");
        Assert.Equal((1, true), (definition.Cue!.Target, definition.Cue.Nearest));
        Assert.Equal(LetterB(bits: 3), definition.Cue.Spins);
        Assert.Equal(0, Assert.Single(definition.Points).Noise);
        Assert.False(definition.Erase);
    }

    [Fact]
    public void An_inline_grid_with_a_target_and_noise_binds_as_given()
    {
        string rows = string.Join(", ", Grid(LetterB(bits: 3)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => $"\"{r}\""));
        var definition = Build(Letters + $"cue: {{ grid: [{rows}], target: c }}\nnoise: [0, 0.2]\n");
        Assert.Equal((2, false), (definition.Cue!.Target, definition.Cue.Nearest));
        Assert.Equal([0, 0.2], definition.Points.Select(p => p.Noise));
        Assert.Equal(1, Build(Letters + $"cue: {{ grid: [{rows}], target: 2 }}\n").Cue!.Target);
    }

    [Theory]
    [InlineData("cue: flip\n", false)]
    [InlineData("cue: erase\n", true)]
    [InlineData("", false)]
    public void The_words_keep_their_meaning_and_the_noise_default(string cue, bool erase)
    {
        var definition = Build(Letters + cue);
        Assert.Equal((erase, 0.1), (definition.Erase, Assert.Single(definition.Points).Noise));
        Assert.Null(definition.Cue);
    }

    [Theory]
    [InlineData("cue: { grid: [\"#.\", \".#\"] }", "test.yaml:3:14: cue.grid: the cue is a 2×2 grid; the stored letters are 10×10")]
    [InlineData("cue: { file: list.txt }", "test.yaml:3:14: cue.file: the cue has 3 spins; the stored letters have N = 100 (10×10)")]
    [InlineData("cue: { file: none.txt }", "test.yaml:3:14: cue.file: none.txt: no such file")]
    [InlineData("cue: { grid: [\"#.\", \".x\"] }", "test.yaml:3:14: cue.grid: row 2, column 2: 'x' is not a grid cell; a grid cell is '#' (+1) or '.' (-1)")]
    [InlineData("cue: { file: list.txt, grid: [\"#\"] }", "test.yaml:3:30: cue.grid: give either cue.file or cue.grid, not both")]
    [InlineData("cue: { target: A }", "test.yaml:3:1: cue: give the cue as cue.file or cue.grid (or write cue: flip or cue: erase)")]
    [InlineData("cue: { fil: x }", "test.yaml:3:8: cue.fil: unknown key 'fil' (did you mean 'file'?); allowed in cue: file, grid, target")]
    [InlineData("cue: flop", "test.yaml:3:6: cue: must be one of flip, erase or a mapping of cue keys, got 'flop' (did you mean 'flip'?)")]
    [InlineData("cue: { file: a.txt, target: Z }", "test.yaml:3:29: cue.target: 'Z' names no stored pattern; give one of A, B, C or an index 1 … 3")]
    [InlineData("cue: { file: a.txt, target: 4 }", "test.yaml:3:29: cue.target: '4' names no stored pattern; give one of A, B, C or an index 1 … 3")]
    public void A_bad_cue_is_one_error_at_its_key(string cue, string expected)
    {
        File.WriteAllText(Path.Combine(_root, "list.txt"), "1 -1 1\n");
        File.WriteAllText(Path.Combine(_root, "a.txt"), Grid(LetterPatterns.Letter('A').ToArray()));
        Assert.Equal([expected], Errors(Letters + cue + "\n"));
    }

    [Fact]
    public void Random_patterns_refuse_an_explicit_cue()
    {
        Assert.Equal(
            ["test.yaml:2:14: cue.grid: an explicit cue needs fixed patterns: letters or images (random patterns are drawn anew for every trial); set model.patterns"],
            Errors("experiment: retrieval\ncue: { grid: [\"#.\"] }\n"));
    }

    [Fact]
    public void A_bad_line_of_the_cue_file_is_reported_at_its_line_and_column_in_that_file()
    {
        File.WriteAllText(Path.Combine(_root, "cue.txt"), "# an A\n..........\n...#?.....\n");
        var errors = Errors(Letters + "cue: { file: cue.txt }\n");
        Assert.Equal(["cue.txt:3:5: '?' is not a grid cell; a grid cell is '#' (+1) or '.' (-1)"], errors);
    }

    [Fact]
    public void The_fingerprint_follows_the_content_of_the_cue_file_not_just_its_name()
    {
        string file = Path.Combine(_root, "cue.txt");
        File.WriteAllText(file, Grid(LetterB(bits: 3)));
        string first = Load(Letters + "cue: { file: cue.txt }\n").Fingerprint;
        Assert.Equal(first, Load(Letters + "cue: {file: cue.txt}\nnoise: 0\n").Fingerprint);
        File.WriteAllText(file, Grid(LetterB(bits: 4)));
        Assert.NotEqual(first, Load(Letters + "cue: { file: cue.txt }\n").Fingerprint);
    }

    [Fact]
    public void The_echo_keeps_the_mapping_and_leaves_the_word_out()
    {
        File.WriteAllText(Path.Combine(_root, "cue.txt"), Grid(LetterB(bits: 3)));
        var tree = Load(Letters + "cue: { file: cue.txt, target: B }\n").ToTree();
        var cue = Assert.IsType<SortedDictionary<string, object>>(tree["cue"]);
        Assert.Equal(["file", "target"], cue.Keys);
        Assert.Equal(0.0, tree["noise"]);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The letter B with its last <paramref name="bits"/> pixels erased (a few of them on).</summary>
    private static sbyte[] LetterB(int bits) => Cues.Mask(LetterPatterns.Letter('B'), bits / 100.0);

    private static string Grid(sbyte[] spins) =>
        string.Concat(spins.Chunk(10).Select(row => string.Concat(row.Select(s => s > 0 ? '#' : '.')) + "\n"));

    private ConfigLoadResult LoadResult(string yaml)
    {
        string config = Path.Combine(_root, "test.yaml");
        File.WriteAllText(config, yaml);
        return ConfigLoader.Load(config, [], ExperimentCatalog.Schemas);
    }

    private ResolvedConfig Load(string yaml)
    {
        var result = LoadResult(yaml);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Config!;
    }

    private string[] Errors(string yaml)
    {
        var result = LoadResult(yaml);
        Assert.False(result.IsSuccess);
        // the config is named by its full path: the errors name it, and the cue file beside it, so
        return [.. result.Errors.Select(e => e.ToString().Replace(_root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal))];
    }

    private RetrievalDefinition Build(string yaml) => ((RetrievalExperiment)ExperimentCatalog.Get("retrieval").Build(Load(yaml))).Definition;
}
