namespace SpinGlass.Runner.Tests.Cli;

/// <summary>An explicit retrieval cue through the CLI: validate finds its errors, run recalls it, the example runs.</summary>
public sealed class ExplicitCueCliTests : IDisposable
{
    private const string Config = """
        experiment: retrieval
        trials: 6
        model: { patterns: letters, letters: ABC }
        cue: { file: cue.txt }
        T: 0
        dynamics: { rule: zero-temperature, order: random }
        """;

    private readonly CliHarness _harness = new();

    [Fact]
    public void The_letter_A_drawn_with_cells_wrong_is_recalled_exactly_from_A_to_C()
    {
        _harness.Write("cue.txt", """
            # the stored A with four cells wrong
            ....#.....
            ...####...
            ..######..
            .###..###.
            ###....###
            ####.#####
            ##########
            ##...#..##
            ##......##
            ##......#.
            """);
        string outDir = Path.Combine(_harness.Root, "out");
        var (exit, _, log) = CliHarness.Run("run", _harness.Write("cue.yaml", Config), "--out", outDir, "--no-charts");
        Assert.True(exit == 0, log);
        var rows = File.ReadAllLines(Path.Combine(outDir, "results.csv"));
        Assert.StartsWith("N,p,noise,T,success_rate,success_rate_err,overlap,overlap_err,hamming,hamming_err,", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("100,3,0,0,1,0,1,0,0,0,", rows[1], StringComparison.Ordinal);
        string summary = File.ReadAllText(Path.Combine(outDir, "summary.json"));
        Assert.Contains("A (the stored pattern nearest the cue; 1-based index)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_the_line_and_column_of_a_bad_cell_and_a_cue_of_the_wrong_size()
    {
        _harness.Write("cue.txt", "# a typo\n..........\n..#%......\n");
        var (exit, _, log) = CliHarness.Run("validate", _harness.Write("cue.yaml", Config));
        Assert.Equal(2, exit);
        Assert.Contains("cue.txt:3:4: '%' is not a grid cell; a grid cell is '#' (+1) or '.' (-1)", log, StringComparison.Ordinal);
        _harness.Write("cue.txt", "..........\n");
        (exit, _, log) = CliHarness.Run("validate", _harness.Write("cue.yaml", Config));
        Assert.Equal(2, exit);
        Assert.Contains("cue.yaml:4:14: cue.file: the cue is a 10×1 grid; the stored letters are 10×10", log, StringComparison.Ordinal);
    }

    [Fact]
    public void The_letter_cue_example_validates()
    {
        var (exit, _, log) = CliHarness.Run("validate", Path.Combine(CliHarness.RepositoryRoot, "examples", "letter-cue", "retrieval.yaml"));
        Assert.True(exit == 0, log);
    }

    public void Dispose() => _harness.Dispose();
}
