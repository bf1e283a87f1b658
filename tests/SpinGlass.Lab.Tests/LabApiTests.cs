using System.Net;
using System.Text.Json.Nodes;
using SpinGlass.Runner.Interactive;

namespace SpinGlass.Lab.Tests;

/// <summary>The lab's JSON API over the in-memory server: what it computes, against the engine of <c>spinglass recall</c>.</summary>
public sealed class LabApiTests
{
    private static readonly int[] NoisyBits = [0, 11, 23, 45, 57, 78, 99];

    [Fact]
    public async Task ThePageAndItsFilesAreServedFromTheAssemblyWithoutExternalAddresses()
    {
        await using var lab = await LabHost.Start();
        foreach (string path in new[] { "/", "/lab.js", "/lab.css" })
        {
            using var response = await lab.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(text.Length > 1000, $"{path} is {text.Length} characters");
            Assert.DoesNotContain("http://", text.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task LettersAreTheBuiltInBitmaps()
    {
        await using var lab = await LabHost.Start();
        var (status, body) = await lab.Get("/api/letters");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(10, (int)body["width"]!);
        var letters = body["letters"]!.AsObject();
        Assert.Equal(26, letters.Count);
        Assert.Equal(Letters.Rows(Letters.Spins('G')), letters["G"]!.AsArray().Select(r => (string)r!).ToArray());
    }

    [Fact]
    public async Task EnergyMatchesTheRecallEngineAndNamesTheNearestPattern()
    {
        await using var lab = await LabHost.Start();
        var network = Letters.Network("ABC");
        var spins = Letters.Noisy('B', NoisyBits);
        var (status, body) = await lab.Post("/api/energy", new JsonObject { ["network"] = network, ["state"] = Letters.State(spins) });
        Assert.Equal(HttpStatusCode.OK, status);
        var model = NetworkModel.Build(NetworkFile.Parse(network.ToJsonString(), "n"));
        var expected = RecallEngine.Energy(model, StateFile.OfSpins(spins));
        Assert.Equal(expected.Energy, (double)body["energy"]!, 12);
        Assert.Equal(expected.Energy / 100, (double)body["energyPerNeuron"]!, 12);
        Assert.Equal("B", (string)body["nearest"]!["name"]!);
        Assert.Equal(NoisyBits.Length, (int)body["nearest"]!["hamming"]!);
        Assert.Equal(spins.Count(s => s > 0), (int)body["active"]!);
        Assert.Equal(["A", "B", "C"], body["names"]!.AsArray().Select(n => (string)n!).ToArray());
    }

    [Fact]
    public async Task RunRecallsANoisyLetterWithEnergyNeverRisingAndAgreesWithTheRecallCommand()
    {
        await using var lab = await LabHost.Start();
        var network = Letters.Network("ABC");
        var spins = Letters.Noisy('A', NoisyBits);
        var request = new JsonObject
        {
            ["network"] = network,
            ["state"] = Letters.State(spins),
            ["dynamics"] = new JsonObject { ["rule"] = "zero-temperature", ["order"] = "random", ["seed"] = 7 },
            ["maxSweeps"] = 50,
        };
        var (status, body) = await lab.Post("/api/run", request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Letters.Rows(Letters.Spins('A')), body["state"]!["grid"]!.AsArray().Select(r => (string)r!).ToArray());
        Assert.True((bool)body["fixedPoint"]!);
        var energies = body["steps"]!.AsArray().Select(s => (double)s!["energy"]!).ToArray();
        for (int t = 1; t < energies.Length; t++)
        {
            Assert.True(energies[t] <= energies[t - 1] + 1e-9, $"E rose at sweep {t}: {energies[t - 1]} → {energies[t]}");
        }

        Assert.True(energies[^1] < energies[0]);
        Assert.Equal(energies.Length, body["frames"]!.AsArray().Count);

        var model = NetworkModel.Build(NetworkFile.Parse(network.ToJsonString(), "n"));
        var direct = RecallEngine.Relax(model, StateFile.OfSpins(spins), new RecallOptions(Seed: 7, MaxSweeps: 50));
        Assert.Equal(direct.Steps.Select(s => s.Energy), energies);
        Assert.Equal(LabRequestStream(direct), (string)body["rng"]!);
    }

    [Fact]
    public async Task SingleUpdatesContinueTheStreamAndSequentialOrderWalksTheSites()
    {
        await using var lab = await LabHost.Start();
        var network = Letters.Network("ABC");
        var spins = Letters.Noisy('C', NoisyBits);
        var state = Letters.State(spins);
        int t = 0;
        double energy = double.PositiveInfinity;
        for (int k = 0; k < 100; k++)
        {
            var (status, body) = await lab.Post("/api/step", new JsonObject
            {
                ["network"] = network.DeepClone(),
                ["state"] = state.DeepClone(),
                ["dynamics"] = new JsonObject { ["order"] = "sequential" },
                ["t"] = t,
                ["unit"] = "update",
            });
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(t + 1, (int)body["t"]!);
            double e = (double)body["energy"]!;
            Assert.True(e <= energy + 1e-9);
            var next = Letters.Read(body["state"]!);
            var before = Letters.Read(state);
            var changed = Enumerable.Range(0, 100).Where(i => next[i] != before[i]).ToArray();
            Assert.True(changed.Length == 0 || (changed.Length == 1 && changed[0] == t % 100), $"update {t} changed {string.Join(',', changed)}");
            (state, energy, t) = ((JsonObject)body["state"]!.DeepClone(), e, (int)body["t"]!);
        }

        // one sequential sweep from the same cue ends where the 100 single updates ended
        var (_, sweep) = await lab.Post("/api/step", new JsonObject
        {
            ["network"] = network.DeepClone(),
            ["state"] = Letters.State(spins),
            ["dynamics"] = new JsonObject { ["order"] = "sequential" },
            ["unit"] = "sweep",
        });
        Assert.Equal(Letters.Read(state), Letters.Read(sweep["state"]!));

        // random order: the answer's rng continues the stream, so two steps from one stream differ from two from the seed
        var first = await lab.Post("/api/step", new JsonObject { ["network"] = network.DeepClone(), ["state"] = Letters.State(spins), ["dynamics"] = new JsonObject { ["rule"] = "glauber", ["T"] = 2.0, ["seed"] = 3 } });
        string rng = (string)first.Body["rng"]!;
        Assert.Matches("^[0-9a-f]{64}$", rng);
        var again = await lab.Post("/api/step", new JsonObject { ["network"] = network.DeepClone(), ["state"] = Letters.State(spins), ["dynamics"] = new JsonObject { ["rule"] = "glauber", ["T"] = 2.0, ["seed"] = 3 } });
        Assert.Equal(rng, (string)again.Body["rng"]!);
        var continued = await lab.Post("/api/step", new JsonObject { ["network"] = network.DeepClone(), ["state"] = Letters.State(spins), ["dynamics"] = new JsonObject { ["rule"] = "glauber", ["T"] = 2.0, ["seed"] = 3 }, ["rng"] = rng });
        Assert.NotEqual(rng, (string)continued.Body["rng"]!);
    }

    [Fact]
    public async Task DenseRowsAndModernNetworksStepAndRun()
    {
        await using var lab = await LabHost.Start();
        var dense = Letters.Network("ABCDEFG", "dense", n => { n["interaction"] = "polynomial"; n["n"] = 3; });
        var (status, body) = await lab.Post("/api/run", new JsonObject
        {
            ["network"] = dense,
            ["state"] = Letters.State(Letters.Spins('G')),
            ["dynamics"] = new JsonObject { ["order"] = "rows" },
        });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("G", (string)body["nearest"]!["name"]!);
        Assert.Equal(0, (int)body["nearest"]!["hamming"]!);

        var row = await lab.Post("/api/step", new JsonObject
        {
            ["network"] = dense.DeepClone(),
            ["state"] = Letters.State(Letters.Noisy('G', 3, 95)),
            ["dynamics"] = new JsonObject { ["order"] = "rows" },
            ["t"] = 0,
        });
        Assert.Equal(HttpStatusCode.OK, row.Status);
        Assert.Equal(10, (int)row.Body["t"]!); // one row of the 10×10 grid
        var rowState = Letters.Read(row.Body["state"]!);
        Assert.Equal(Letters.Spins('G')[3], rowState[3]); // the flipped bit of row 0 is mended
        Assert.Equal(Letters.Noisy('G', 95)[95], rowState[95]); // row 9 is not touched yet

        var modern = Letters.Network("ABCDEFG", "modern", n => n["beta"] = 0.5);
        var (modernStatus, modernBody) = await lab.Post("/api/run", new JsonObject { ["network"] = modern, ["state"] = Letters.State(Letters.Noisy('E', NoisyBits)), ["maxSweeps"] = 5 });
        Assert.Equal(HttpStatusCode.OK, modernStatus);
        Assert.Equal("E", (string)modernBody["nearest"]!["name"]!);
        Assert.NotNull(modernBody["state"]!["values"]);
        Assert.Null(modernBody["rng"]);
    }

    [Fact]
    public async Task RandomPatternsAreSeededAndImagesAreBinarisedAsRetrievalDoes()
    {
        await using var lab = await LabHost.Start();
        var one = await lab.Post("/api/random", new JsonObject { ["width"] = 12, ["height"] = 8, ["p"] = 4, ["seed"] = 9 });
        var two = await lab.Post("/api/random", new JsonObject { ["width"] = 12, ["height"] = 8, ["p"] = 4, ["seed"] = 9 });
        var other = await lab.Post("/api/random", new JsonObject { ["width"] = 12, ["height"] = 8, ["p"] = 4, ["seed"] = 10 });
        Assert.Equal(HttpStatusCode.OK, one.Status);
        Assert.Equal(4, one.Body["patterns"]!.AsArray().Count);
        Assert.Equal(8, one.Body["patterns"]![0]!.AsArray().Count);
        Assert.Equal(one.Body.ToJsonString(), two.Body.ToJsonString());
        Assert.NotEqual(one.Body.ToJsonString(), other.Body.ToJsonString());

        string dir = Directory.CreateTempSubdirectory("lab-images").FullName;
        try
        {
            string ring = TestImages.Ring(Path.Combine(dir, "ring.png"), 90, 60);
            string bar = TestImages.Bar(Path.Combine(dir, "bar.png"), 40, 40);
            using var form = new MultipartFormDataContent
            {
                { new StringContent("16"), "width" },
                { new StringContent("12"), "height" },
            };
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(ring)), "files", "ring.png");
            form.Add(new ByteArrayContent(await File.ReadAllBytesAsync(bar)), "files", "bar.png");
            using var response = await lab.Client.PostAsync("/api/images", form);
            var body = await LabHost.Body(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["ring.png", "bar.png"], body["names"]!.AsArray().Select(n => (string)n!).ToArray());
            var expected = SpinGlass.Runner.Patterns.ImagePatterns.LoadPixels(ring, 16, 12);
            var got = string.Concat(body["patterns"]![0]!.AsArray().Select(r => (string)r!)).Select(c => c == '#' ? (sbyte)1 : (sbyte)-1).ToArray();
            Assert.Equal(expected, got);
            Assert.Contains(got, s => s > 0);
            Assert.Contains(got, s => s < 0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string LabRequestStream(RecallResult result) => SpinGlass.Runner.Lab.LabRequest.StreamText(result.Stream!.Value);
}
