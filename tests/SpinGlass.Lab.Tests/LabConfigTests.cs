using System.Net;
using System.Text.Json.Nodes;
using SpinGlass.Runner.Commands;

namespace SpinGlass.Lab.Tests;

/// <summary>"Copy as config": the YAML the lab makes is a config <c>spinglass validate</c> accepts, for every kind of memory.</summary>
public sealed class LabConfigTests
{
    public static TheoryData<string, string, string> Memories => new()
    {
        { "classical", "{\"format\":\"spinglass-network\",\"version\":1,\"kind\":\"classical\",\"neurons\":\"binary\",\"letters\":\"ABCDEFG\"}", "experiment: retrieval" },
        { "dense", "{\"format\":\"spinglass-network\",\"version\":1,\"kind\":\"dense\",\"interaction\":\"rectified\",\"n\":4,\"letters\":\"ABC\"}", "experiment: dense" },
        { "exponential", "{\"format\":\"spinglass-network\",\"version\":1,\"kind\":\"dense\",\"interaction\":\"exponential\",\"beta\":0.2,\"letters\":\"ABC\"}", "beta: 0.2" },
        { "modern", "{\"format\":\"spinglass-network\",\"version\":1,\"kind\":\"modern\",\"beta\":2,\"letters\":\"AB\"}", "experiment: modern" },
        { "random", "{\"format\":\"spinglass-network\",\"version\":1,\"kind\":\"classical\",\"width\":2,\"height\":2,\"patterns\":[[\"#.\",\".#\"],[\"##\",\"..\"]]}", "N: 4" },
        { "covariance", "{\"format\":\"spinglass-network\",\"version\":2,\"kind\":\"classical\",\"rule\":\"covariance\",\"coding\":0.35,\"threshold\":0.1,\"letters\":\"ABC\"}", "rule: covariance\n  coding: 0.35\n  threshold: 0.1\n" },
        { "pseudo-inverse", "{\"format\":\"spinglass-network\",\"version\":2,\"kind\":\"classical\",\"rule\":\"pseudo-inverse\",\"letters\":\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\"}", "rule: pseudo-inverse\n" },
        { "storkey", "{\"format\":\"spinglass-network\",\"version\":2,\"kind\":\"classical\",\"rule\":\"storkey\",\"self_coupling\":true,\"width\":2,\"height\":2,\"patterns\":[[\"#.\",\".#\"],[\"##\",\"..\"]]}", "rule: storkey\n  self_coupling: true\n" },
    };

    [Theory]
    [MemberData(nameof(Memories))]
    public async Task TheConfigValidates(string name, string network, string expected)
    {
        await using var lab = await LabHost.Start();
        var request = new JsonObject { ["network"] = JsonNode.Parse(network), ["noise"] = 0.2, ["trials"] = 7, ["maxSweeps"] = 30 };
        if (name != "modern")
        {
            request["dynamics"] = new JsonObject { ["rule"] = "zero-temperature", ["order"] = Order(name), ["seed"] = 11 };
        }

        var (status, body) = await lab.Post("/api/config", request);
        Assert.Equal(HttpStatusCode.OK, status);
        string yaml = ((string)body["yaml"]!).ReplaceLineEndings("\n");
        Assert.Contains(expected, yaml, StringComparison.Ordinal);
        Assert.Contains("trials: 7", yaml, StringComparison.Ordinal);
        if (name != "modern")
        {
            Assert.Contains($"  order: {Order(name)}\n", yaml, StringComparison.Ordinal);
        }

        string path = Path.Combine(Directory.CreateTempSubdirectory("lab-config").FullName, $"{name}.yaml");
        try
        {
            await File.WriteAllTextAsync(path, yaml);
            using var output = new StringWriter();
            using var log = new StringWriter();
            int exit = ValidateCommand.Execute([path], [], output, log);
            Assert.True(exit == 0, $"{yaml}\n{output}{log}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public async Task TheDrawingBecomesTheRetrievalCue()
    {
        await using var lab = await LabHost.Start();
        var cue = Letters.Noisy('A', 0, 45, 99);
        var request = new JsonObject
        {
            ["network"] = Letters.Network("ABC"),
            ["cue"] = Letters.State(cue),
            ["dynamics"] = new JsonObject { ["seed"] = 3 },
        };
        var (status, body) = await lab.Post("/api/config", request);
        Assert.Equal(HttpStatusCode.OK, status);
        string yaml = (string)body["yaml"]!;
        foreach (string row in Letters.Rows(cue))
        {
            Assert.Contains($"- \"{row}\"", yaml, StringComparison.Ordinal);
        }

        string path = Path.Combine(Directory.CreateTempSubdirectory("lab-cue").FullName, "cue.yaml");
        try
        {
            await File.WriteAllTextAsync(path, yaml);
            using var output = new StringWriter();
            using var log = new StringWriter();
            Assert.True(ValidateCommand.Execute([path], [], output, log) == 0, $"{yaml}\n{output}{log}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    // rows for the dense memory of the letters, permutation for one dense and one classical memory, else sequential
    private static string Order(string name) => name switch
    {
        "dense" => "rows",
        "exponential" or "covariance" => "permutation",
        _ => "sequential",
    };
}
