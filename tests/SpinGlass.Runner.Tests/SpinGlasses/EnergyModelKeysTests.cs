using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Config;
using SpinGlass.Runner.Experiments.Shared;
using SpinGlass.Runner.SpinGlasses;

namespace SpinGlass.Runner.Tests.SpinGlasses;

/// <summary>The <c>model</c> section of the spin-glass experiments and the couplings files it reads.</summary>
public sealed class EnergyModelKeysTests : IDisposable
{
    private static readonly ExperimentSchema Schema = new("sg-test", "spin-glass model keys (test schema)", [.. EnergyModelKeys.All.Select(k => k.Spec)])
    {
        CrossCheck = EnergyModelKeys.Check,
        FileCheck = EnergyModelKeys.CheckFile,
    };

    private readonly string _root = Directory.CreateTempSubdirectory("energy-model-keys").FullName;

    [Fact]
    public void A_couplings_file_is_read_with_fields_comments_and_either_pair_order()
    {
        var bonds = CouplingsFile.Parse("# a frustrated triangle\n0 1 1\n2 1 1.5   # trailing comment\n\n0 2 -1\nh 1 0.25\nn 4\n", out var error);
        Assert.Null(error);
        Assert.NotNull(bonds);
        Assert.Equal(4, bonds.N);
        Assert.Equal(3, bonds.Count);
        Assert.Equal((1, 2, 1.5), bonds[1]);
        Assert.Equal(0.25, bonds.Fields[1]);
        // E(+,+,+,+) = −(1 + 1.5 − 1) − 0.25
        Assert.Equal(-1.75, bonds.Energy([1, 1, 1, 1]), 12);
    }

    [Theory]
    [InlineData("0 1\n", 1, 1, "2 values; a line is `i j J_ij`")]
    [InlineData("0 1 1\n1 0 2\n", 2, 1, "the pair (0, 1) is given twice (also at line 1)")]
    [InlineData("0 0 1\n", 1, 3, "a bond joins two different sites")]
    [InlineData("0 -1 1\n", 1, 3, "'-1' is not a site")]
    [InlineData("0 1 x\n", 1, 5, "'x' is not a finite number")]
    [InlineData("0 1 NaN\n", 1, 5, "not a finite number")]
    [InlineData("h 1\n", 1, 3, "`h` takes 2 values")]
    [InlineData("0 1 1\nh 1 2\nh 1 3\n", 3, 3, "the field of site 1 is given twice (also at line 2)")]
    [InlineData("n 2\n0 5 1\n", 2, 1, "site 5 is outside 0 … 1")]
    [InlineData("# nothing\n\n", 1, 1, "holds no bond")]
    public void Couplings_file_errors_name_line_and_column(string text, int line, int column, string expected)
    {
        Assert.Null(CouplingsFile.Parse(text, out var error));
        Assert.NotNull(error);
        Assert.Equal((line, column), (error.Value.Line, error.Value.Column));
        Assert.Contains(expected, error.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_errors_point_into_the_couplings_file_and_at_keys_of_another_kind()
    {
        File.WriteAllText(Path.Combine(_root, "bad.txt"), "0 1 1\n1 2 oops\n");
        var errors = Errors("experiment: sg-test\nmodel: { couplings: bad.txt }\n");
        Assert.Contains(errors, e => e.EndsWith("bad.txt:2:5: 'oops' is not a finite number", StringComparison.Ordinal));

        var missing = Errors("experiment: sg-test\nmodel: { couplings: none.txt }\n");
        Assert.Contains(missing, e => e.Contains("model.couplings", StringComparison.Ordinal) && e.Contains("none.txt", StringComparison.Ordinal));

        var foreign = Errors("experiment: sg-test\nmodel: { kind: ea, N: 20 }\n");
        Assert.Contains(foreign, e => e.Contains("model.N: belongs to model.kind sk or hopfield, not ea", StringComparison.Ordinal));

        var noFile = Errors("experiment: sg-test\nmodel: { kind: couplings }\n");
        Assert.Contains(noFile, e => e.Contains("kind couplings needs model.couplings", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_kind_binds_to_its_source_and_disorder_comes_from_the_trial_stream()
    {
        File.WriteAllText(Path.Combine(_root, "triangle.txt"), "0 1 1\n1 2 1\n0 2 -1\n");
        var couplings = Bind("experiment: sg-test\nmodel: { couplings: triangle.txt }\n").Single();
        Assert.Equal(("couplings", 3, false), (couplings.Kind, couplings.N, couplings.IsRandom));
        Assert.Equal(-1, couplings.Create(new Xoshiro256StarStar(1)).Model.Energy([1, 1, 1]), 12);

        var ea = Bind("experiment: sg-test\nmodel: { kind: ea, dim: 2, L: [3, 5], bonds: pm1 }\n");
        Assert.Equal([9, 25], ea.Select(s => s.N));
        Assert.Equal([3, 5], ea.Select(s => s.L));
        var one = ea[0].Create(new Xoshiro256StarStar(7)).Couplings!;
        var same = ea[0].Create(new Xoshiro256StarStar(7)).Couplings!;
        var other = ea[0].Create(new Xoshiro256StarStar(8)).Couplings!;
        Assert.Equal(Enumerable.Range(0, one.Count).Select(b => one[b]), Enumerable.Range(0, same.Count).Select(b => same[b]));
        Assert.NotEqual(Enumerable.Range(0, one.Count).Select(b => one[b]), Enumerable.Range(0, other.Count).Select(b => other[b]));

        var sk = Bind("experiment: sg-test\nmodel: { N: 12 }\n").Single();
        Assert.Equal(("sk", 12, true), (sk.Kind, sk.N, sk.IsRandom));
        Assert.Equal(66, sk.Create(new Xoshiro256StarStar(1)).Couplings!.Count);

        var hopfield = Bind("experiment: sg-test\nmodel: { kind: hopfield, N: 10, p: 2 }\n").Single();
        var instance = hopfield.Create(new Xoshiro256StarStar(3));
        Assert.Equal(2, instance.Patterns!.P);
        Assert.Null(instance.Couplings);

        File.WriteAllText(Path.Combine(_root, "net.json"), "{\"format\": \"spinglass-network\", \"version\": 1, \"kind\": \"classical\", \"patterns\": [[1, -1, 1, -1], [1, 1, -1, -1]]}");
        var given = Bind("experiment: sg-test\nmodel: { network: net.json }\n").Single();
        Assert.Equal(("hopfield", 4, false), (given.Kind, given.N, given.IsRandom));
    }

    [Fact]
    public void A_saved_network_brings_its_learning_rule_and_a_couplings_network_is_refused_with_the_way_round()
    {
        const string Patterns = "\"patterns\": [[1, -1, 1, -1, 1, 1], [1, 1, -1, -1, 1, -1], [-1, 1, 1, -1, 1, 1]]";
        File.WriteAllText(Path.Combine(_root, "storkey.json"), "{\"format\": \"spinglass-network\", \"version\": 2, \"kind\": \"classical\", \"rule\": \"storkey\", " + Patterns + "}");
        var source = Bind("experiment: sg-test\nmodel: { network: storkey.json }\n").Single();
        var instance = source.Create(new Xoshiro256StarStar(1));
        var expected = SpinGlass.Models.Learning.LearnedNetwork.Learn(instance.Patterns!, SpinGlass.Models.Learning.LearningRule.Storkey);
        sbyte[] state = [1, 1, -1, 1, -1, 1];
        Assert.Equal(expected.Energy(state), instance.Model.Energy(state), 12);
        Assert.Contains("rule storkey", source.Description, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_root, "couplings.json"), "{\"format\": \"spinglass-network\", \"version\": 2, \"kind\": \"classical\", \"couplings\": [[0, 1], [1, 0]]}");
        Assert.Contains(Errors("experiment: sg-test\nmodel: { network: couplings.json }\n"), e => e.Contains("gives its couplings, not patterns; write them as a bond file", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ConfigLoadResult Load(string yaml)
    {
        string path = Path.Combine(_root, "test.yaml");
        File.WriteAllText(path, yaml);
        return ConfigLoader.Load(path, [], new Dictionary<string, ExperimentSchema> { ["sg-test"] = Schema });
    }

    private string[] Errors(string yaml)
    {
        var result = Load(yaml);
        Assert.False(result.IsSuccess, "expected errors");
        return [.. result.Errors.Select(e => e.ToString())];
    }

    private SpinGlass.Analysis.Experiments.SpinGlasses.ModelSource[] Bind(string yaml)
    {
        var result = Load(yaml);
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return [.. result.Config!.Points.Select(point => EnergyModelKeys.Bind(result.Config, point))];
    }
}
