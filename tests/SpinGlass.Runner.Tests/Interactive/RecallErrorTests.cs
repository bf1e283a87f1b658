using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Interactive;

/// <summary>Every bad network, state or option: one line naming the file (or option), exit 2, nothing on stdout, no trace.</summary>
public sealed class RecallErrorTests : IDisposable
{
    private const string GoodNetwork = """{"format": "spinglass-network", "version": 1, "kind": "classical", "width": 2, "height": 2, "patterns": [["#.", ".#"], ["##", ".."]]}""";
    private const string GoodState = """{"format": "spinglass-state", "version": 1, "spins": [1, -1, -1, -1]}""";

    private readonly CliHarness _harness = new();

    public static TheoryData<string, string> BadNetworks => new()
    {
        { "", "is not valid JSON" },
        { "[1, 2]", "must hold one JSON object" },
        { """{"format": "spinglass-state", "version": 1}""", "format must be \"spinglass-network\"" },
        { """{"format": "spinglass-network", "version": 3, "kind": "classical", "patterns": [[1]]}""", "version must be 1 … 2" },
        { """{"format": "spinglass-network", "version": 1, "patterns": [[1]]}""", "kind is missing" },
        { """{"format": "spinglass-network", "version": 1, "kind": "quantum", "patterns": [[1]]}""", "kind 'quantum' is not one of classical, dense, modern" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "colour": 1, "patterns": [[1]]}""", "unknown key 'colour'" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "neurons": "ternary", "patterns": [[1]]}""", "neurons 'ternary' is not one of spin, binary" },
        { """{"format": "spinglass-network", "version": 1, "kind": "dense", "neurons": "spin", "patterns": [[1]]}""", "neurons belongs to kind classical" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "n": 3, "patterns": [[1]]}""", "n belongs to kind dense" },
        { """{"format": "spinglass-network", "version": 1, "kind": "dense", "n": 1, "patterns": [[1]]}""", "n must be an integer in 2 … 64" },
        { """{"format": "spinglass-network", "version": 1, "kind": "dense", "interaction": "exponential", "n": 3, "patterns": [[1]]}""", "takes beta" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "beta": 2, "patterns": [[1]]}""", "beta belongs to kind modern" },
        { """{"format": "spinglass-network", "version": 1, "kind": "modern", "beta": -1, "patterns": [[1]]}""", "beta must lie in (0," },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "width": 2, "patterns": [[1, 1]]}""", "width and height go together" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical"}""", "either patterns" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "letters": "A", "patterns": [[1]]}""", "exactly one" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "letters": "A1"}""", "letters \"A1\" must be one or more of" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "patterns": []}""", "non-empty list of patterns" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "patterns": [[1, 0]]}""", "patterns[0][1] is 0; a spin is 1 or -1" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "patterns": [[1, 1], [1]]}""", "patterns[1] has 1 spins, patterns[0] has 2" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "patterns": [["#."]]}""", "give width and height" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "width": 2, "height": 1, "patterns": [["#.", "##"]]}""", "is a 2×2 grid, but width × height is 2×1" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "width": 2, "height": 2, "patterns": [["#.", "#"]]}""", "grid row 2 has 1 characters" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "width": 2, "height": 1, "patterns": [["#x"]]}""", "column 2 is 'x'" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "width": 2, "height": 2, "patterns": [[1, 1]]}""", "has 2 spins, but width × height is 4" },
    };

    public static TheoryData<string, string> BadStates => new()
    {
        { "{", "is not valid JSON" },
        { """{"format": "spinglass-state", "version": 1}""", "exactly one of spins" },
        { """{"format": "spinglass-state", "version": 1, "spins": [1, 1, 1, 1], "grid": ["##", "##"]}""", "exactly one of spins" },
        { """{"format": "spinglass-state", "version": 1, "spins": [1, 1, 1]}""", "the state has 3 entries, the network has 4 neurons" },
        { """{"format": "spinglass-state", "version": 1, "spins": [1, 1, 2, 1]}""", "spins[2] is 2" },
        { """{"format": "spinglass-state", "version": 1, "spins": ["##", "##"]}""", "write a grid of strings under grid" },
        { """{"format": "spinglass-state", "version": 1, "grid": ["####"]}""", "the grid is 4×1, the network's is 2×2" },
        { """{"format": "spinglass-state", "version": 1, "values": [0.5, 1, 1, 1]}""", "values (a real state) belong to modern networks" },
        { """{"format": "spinglass-state", "version": 1, "spins": [1, 1, 1, 1], "extra": 0}""", "unknown key 'extra'" },
    };

    public static TheoryData<string[], string> BadOptions => new()
    {
        { ["--rule", "metropolis"], "--rule: 'metropolis' is not one of zero-temperature, synchronous, glauber" },
        { ["--order", "checkerboard"], "--order: 'checkerboard' is not one of random, sequential, permutation, rows" },
        { ["--rule", "glauber"], "--T: glauber needs a temperature T > 0" },
        { ["--T", "0.5"], "--T: zero-temperature runs at T = 0" },
        { ["--rule", "glauber", "--T", "-1"], "--T: -1 is not a temperature" },
        { ["--rule", "synchronous", "--order", "sequential"], "--order: synchronous updates every neuron at once" },
        { ["--rule", "glauber", "--T", "1", "--order", "rows"], "--order rows: needs the zero-temperature rule" },
        { ["--max-sweeps", "0"], "--max-sweeps: 0 is not in 1 …" },
        { ["--trace", "/nonexistent-dir/trace.csv"], "--trace /nonexistent-dir/trace.csv: the directory" },
    };

    [Theory]
    [MemberData(nameof(BadNetworks))]
    public void A_bad_network_file_is_one_line_naming_the_file_exit_2_nothing_written(string text, string message) =>
        AssertBadFiles(text, GoodState, badIsNetwork: true, message);

    [Theory]
    [MemberData(nameof(BadStates))]
    public void A_bad_state_file_is_one_line_naming_the_file_exit_2_nothing_written(string text, string message) =>
        AssertBadFiles(GoodNetwork, text, badIsNetwork: false, message);

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_bad_option_is_one_line_naming_it_exit_2_nothing_written(string[] options, string message)
    {
        string network = _harness.Write("network.json", GoodNetwork);
        string state = _harness.Write("state.json", GoodState);

        string[] trace = options.Contains("--trace") ? [] : ["--trace", Trace];
        AssertBadInput(message, "", ["recall", "--network", network, "--state", state, .. trace, .. options]);
    }

    [Fact]
    public void Options_a_modern_network_does_not_take_are_refused()
    {
        string network = _harness.Write("network.json", """{"format": "spinglass-network", "version": 1, "kind": "modern", "patterns": [[1, -1, 1, -1]]}""");
        string state = _harness.Write("state.json", GoodState);

        AssertBadInput("a modern network has one update", "", "recall", "--network", network, "--state", state, "--rule", "glauber", "--T", "1");
    }

    [Fact]
    public void Missing_files_are_one_line_exit_2()
    {
        string network = _harness.Write("network.json", GoodNetwork);
        string missing = Path.Combine(_harness.Root, "missing.json");

        AssertBadInput("no such file", missing, "recall", "--network", missing, "--state", missing, "--trace", Trace);
        AssertBadInput("no such file", missing, "energy", "--network", network, "--state", missing);
    }

    public void Dispose() => _harness.Dispose();

    private string Trace => Path.Combine(_harness.Root, "trace.csv");

    /// <summary>Both recall and energy refuse the pair in one line naming the bad file.</summary>
    private void AssertBadFiles(string networkText, string stateText, bool badIsNetwork, string message)
    {
        string network = _harness.Write("network.json", networkText);
        string state = _harness.Write("state.json", stateText);
        string bad = badIsNetwork ? network : state;

        AssertBadInput(message, bad, "recall", "--network", network, "--state", state, "--trace", Trace);
        AssertBadInput(message, bad, "energy", "--network", network, "--state", state);
    }

    private void AssertBadInput(string message, string file, params string[] args)
    {
        var (exit, output, log) = CliHarness.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(log.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(file.Length > 0 ? $"{file}: " : "--", log, StringComparison.Ordinal);
        Assert.Contains(message, log, StringComparison.Ordinal);
        Assert.False(File.Exists(Trace));
        Assert.Empty(Directory.EnumerateFiles(_harness.Root, "*.tmp-*"));
    }
}
