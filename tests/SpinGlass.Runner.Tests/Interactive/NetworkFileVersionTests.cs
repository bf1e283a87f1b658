using SpinGlass.Models.Couplings;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Learning;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.Tests.Cli;

namespace SpinGlass.Runner.Tests.Interactive;

/// <summary>network.json version 2: version-1 files load as Hebb; explicit couplings; the learning keys' one-line errors.</summary>
public sealed class NetworkFileVersionTests : IDisposable
{
    private const string Couplings = """
        {"format": "spinglass-network", "version": 2, "kind": "classical", "width": 3, "height": 1,
         "couplings": [[0, 0.5, -1.25], [0.5, 0, 2], [-1.25, 2, 0]], "fields": [0.1, -0.3, 0.7]}
        """;

    private static readonly double[,] J = { { 0, 0.5, -1.25 }, { 0.5, 0, 2 }, { -1.25, 2, 0 } };
    private static readonly double[] B = [0.1, -0.3, 0.7];

    private readonly CliHarness _harness = new();

    public static TheoryData<string, string> BadNetworks => new()
    {
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "rule": "oja", "letters": "AB"}""", "rule 'oja' is not one of hebb, storkey, pseudo-inverse, covariance" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "rule": "storkey", "threshold": 0.2, "letters": "AB"}""", "threshold belongs to rule covariance (its 0/1 neurons); rule storkey has none" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, 1], [0.5, 0]]}""", "the couplings are asymmetric: couplings[0][1] = 1 but couplings[1][0] = 0.5" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, 1e999], [1e999, 0]]}""", "couplings[0][1] must be a finite number (got 1e999)" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, "x"], [1, 0]]}""", "couplings[0][1] must be a finite number (got string)" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[1, 0], [0, 0]]}""", "couplings[0][0] is 1; the diagonal must be 0" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, 1], [1]]}""", "couplings[1] must be a row of 2 numbers" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, 1], [1, 0]], "fields": [1]}""", "fields must be a list of 2 numbers" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "width": 3, "height": 1, "couplings": [[0, 1], [1, 0]]}""", "the couplings are 2×2, but width × height is 3" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, 1], [1, 0]], "rule": "hebb"}""", "give either couplings or stored patterns with their rule, not both: rule" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "couplings": [[0, 1], [1, 0]], "letters": "AB"}""", "give either couplings or stored patterns with their rule, not both: letters" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "letters": "AB", "fields": [1]}""", "fields belong to a network given by its couplings" },
        { """{"format": "spinglass-network", "version": 2, "kind": "dense", "rule": "storkey", "letters": "AB"}""", "rule belongs to kind classical, not dense" },
        { """{"format": "spinglass-network", "version": 2, "kind": "modern", "couplings": [[0]]}""", "couplings belongs to kind classical, not modern" },
        { """{"format": "spinglass-network", "version": 1, "kind": "classical", "rule": "storkey", "letters": "AB"}""", "rule needs version 2 of the format; a version-1 network is Hebbian" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "rule": "covariance", "coding": 0.8, "letters": "AB"}""", "coding (the fraction a of active units) must lie in (0, 0.5]" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "self_coupling": "yes", "letters": "AB"}""", "self_coupling must be true or false" },
        { """{"format": "spinglass-network", "version": 2, "kind": "classical", "neurons": "binary", "rule": "storkey", "letters": "AB"}""", "binary neurons (Hopfield 1982) go with plain Hebb" },
    };

    [Fact]
    public void A_version_1_file_loads_as_the_Hebbian_network_and_is_written_back_as_version_2()
    {
        var file = NetworkFile.Parse("""{"format": "spinglass-network", "version": 1, "kind": "classical", "letters": "ABC"}""", "v1.json");

        Assert.Equal(LearningRule.Hebb, file.Rule);
        Assert.Null(file.Learning);
        var model = Assert.IsType<HopfieldNetwork>(NetworkModel.Build(file).EnergyModel);
        var spins = LetterPatterns.Letter('B').ToArray();
        Assert.Equal(new HopfieldNetwork(LetterPatterns.Create("ABC")).Energy(spins), model.Energy(spins));
        Assert.Contains("\"version\": 2", file.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"rule\": \"hebb\"", file.ToJson(), StringComparison.Ordinal);
        Assert.Equal(file.ToJson(), NetworkFile.Parse(file.ToJson(), "v2.json").ToJson());
    }

    [Fact]
    public void A_network_given_by_couplings_is_a_coupling_matrix_model_whose_energy_is_the_matrix_formula()
    {
        var file = NetworkFile.Parse(Couplings, "couplings.json");
        var network = NetworkModel.Build(file);

        Assert.IsType<CouplingMatrixModel>(network.EnergyModel);
        Assert.Equal((3, 0, 3, 1), (network.N, network.P, file.Width, file.Height));
        Assert.Equal(file.ToJson(), NetworkFile.Parse(file.ToJson(), "again.json").ToJson());
        for (int code = 0; code < 8; code++)
        {
            sbyte[] s = [.. Enumerable.Range(0, 3).Select(i => (sbyte)(((code >> i) & 1) == 1 ? 1 : -1))];
            double expected = 0;
            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    expected -= i == j ? 0 : 0.5 * J[i, j] * s[i] * s[j];
                }

                expected -= B[i] * s[i];
            }

            Assert.Equal(expected, network.EnergyModel!.Energy(s), 12);
            Assert.Equal(expected, RecallEngine.Energy(network, StateFile.OfSpins(s)).Energy, 12);
        }
    }

    [Fact]
    public void Recall_on_a_couplings_network_prints_energy_and_flips_only_and_ends_in_a_ground_state_of_the_three_spins()
    {
        string network = _harness.Write("couplings.json", Couplings);
        string state = _harness.Write("state.json", """{"format": "spinglass-state", "version": 1, "spins": [1, 1, 1]}""");

        var (exit, csv, log) = CliHarness.Run("recall", "--network", network, "--state", state, "--order", "sequential");
        var (energyExit, energy, _) = CliHarness.Run("energy", "--network", network, "--state", state);

        Assert.True(exit == 0, log);
        Assert.StartsWith("t,energy,flips\n0,", csv, StringComparison.Ordinal);
        Assert.Equal(0, energyExit);
        Assert.Equal("energy\n-1.75\n", energy);
        Assert.Contains("fixed point", log, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadNetworks))]
    public void A_bad_version_2_network_is_one_line_naming_the_file_and_exit_2(string text, string message)
    {
        string network = _harness.Write("network.json", text);
        string state = _harness.Write("state.json", """{"format": "spinglass-state", "version": 1, "spins": [1, -1]}""");

        foreach (string command in new[] { "recall", "energy" })
        {
            var (exit, output, log) = CliHarness.Run(command, "--network", network, "--state", state);

            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Single(log.TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"{network}: ", log, StringComparison.Ordinal);
            Assert.Contains(message, log, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _harness.Dispose();
}
