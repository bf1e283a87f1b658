using System.Net;
using System.Text.Json.Nodes;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Learning;

namespace SpinGlass.Lab.Tests;

/// <summary>The lab's classical memory with a learning rule (network.json version 2) and a network given by its couplings.</summary>
public sealed class LabLearningTests
{
    private static readonly int[] NoisyBits = [3, 41, 77];

    [Theory]
    [InlineData("storkey", null)]
    [InlineData("pseudo-inverse", null)]
    [InlineData("covariance", 0.4)]
    public async Task EnergyIsTheLearnedNetworksAndARunNeverRaisesIt(string rule, double? coding)
    {
        await using var lab = await LabHost.Start();
        var network = Learned("ABCDEFG", rule, coding);
        var spins = Letters.Noisy('D', NoisyBits);

        var (status, body) = await lab.Post("/api/energy", new JsonObject { ["network"] = network, ["state"] = Letters.State(spins) });
        var (runStatus, run) = await lab.Post("/api/run", new JsonObject
        {
            ["network"] = Learned("ABCDEFG", rule, coding), ["state"] = Letters.State(spins), ["dynamics"] = new JsonObject { ["order"] = "sequential" },
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var library = LearnedNetwork.Learn(LetterPatterns.Create("ABCDEFG"), RuleOf(rule), new LearningOptions(coding));
        Assert.Equal(library.Energy(spins), (double)body["energy"]!, 12);
        Assert.Equal(HttpStatusCode.OK, runStatus);
        var energies = run["steps"]!.AsArray().Select(s => (double)s!["energy"]!).ToArray();
        Assert.Equal(library.Energy(spins), energies[0], 12);
        Assert.All(energies.Zip(energies.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1e-9, $"E rose from {pair.First} to {pair.Second}"));
        Assert.Equal(library.Energy(Letters.Read(run["state"]!)), (double)run["energy"]!, 9);
    }

    [Fact]
    public async Task ACleanGStaysUnderThePseudoInverseRuleWhereHebbLosesIt()
    {
        await using var lab = await LabHost.Start();
        var g = Letters.Spins('G');
        var hamming = new Dictionary<string, int>();
        foreach (string rule in new[] { "hebb", "pseudo-inverse" })
        {
            var (status, body) = await lab.Post("/api/run", new JsonObject
            {
                ["network"] = Learned("ABCDEFG", rule, null), ["state"] = Letters.State(g), ["dynamics"] = new JsonObject { ["order"] = "rows" },
            });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True((bool)body["fixedPoint"]!);
            hamming[rule] = Enumerable.Range(0, 100).Count(i => Letters.Read(body["state"]!)[i] != g[i]);
        }

        Assert.Equal(0, hamming["pseudo-inverse"]);
        Assert.True(hamming["hebb"] > 0, "Hebb kept the clean G");
    }

    [Fact]
    public async Task ARepeatedLetterUnderThePseudoInverseAddsNothingToTheProjectorAndStaysAFixedPoint()
    {
        // the Moore–Penrose projection: the second A gets a zero dual row, and A is still reproduced exactly
        await using var lab = await LabHost.Start();
        var (status, body) = await lab.Post("/api/run", new JsonObject { ["network"] = Learned("ABCA", "pseudo-inverse", null), ["state"] = Letters.State(Letters.Spins('A')) });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((bool)body["fixedPoint"]!);
        Assert.Equal(Letters.Spins('A'), Letters.Read(body["state"]!));
    }

    [Fact]
    public async Task ANetworkGivenByCouplingsRunsWithoutPatternsAndIsNoConfig()
    {
        await using var lab = await LabHost.Start();
        var network = new JsonObject
        {
            ["format"] = "spinglass-network", ["version"] = 2, ["kind"] = "classical", ["width"] = 2, ["height"] = 1,
            ["couplings"] = new JsonArray(new JsonArray(0, -1), new JsonArray(-1, 0)),
        };
        var state = new JsonObject { ["format"] = "spinglass-state", ["version"] = 1, ["grid"] = new JsonArray("##") };

        var (status, body) = await lab.Post("/api/run", new JsonObject { ["network"] = network, ["state"] = state, ["dynamics"] = new JsonObject { ["order"] = "sequential" } });
        var (configStatus, config) = await lab.Post("/api/config", new JsonObject { ["network"] = network.DeepClone() });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(-1, (double)body["energy"]!);
        Assert.Empty(body["overlaps"]!.AsArray());
        Assert.Null(body["nearest"]);
        Assert.Equal(HttpStatusCode.BadRequest, configStatus);
        Assert.Contains("stores no patterns", (string)config["error"]!, StringComparison.Ordinal);
    }

    private static JsonObject Learned(string letters, string rule, double? coding) => Letters.Network(letters, extra: network =>
    {
        network["version"] = 2;
        network["rule"] = rule;
        if (coding is double a)
        {
            network["coding"] = a;
        }
    });

    private static LearningRule RuleOf(string word) => word switch
    {
        "storkey" => LearningRule.Storkey,
        "pseudo-inverse" => LearningRule.PseudoInverse,
        "covariance" => LearningRule.Covariance,
        _ => LearningRule.Hebb,
    };
}
