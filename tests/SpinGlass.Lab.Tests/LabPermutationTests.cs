using System.Net;
using System.Text.Json.Nodes;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Lab;

namespace SpinGlass.Lab.Tests;

/// <summary>
/// Permutation order in the lab: single updates carry their sweep's permutation (<c>sweepRng</c>), visit every site once per
/// sweep in a fresh order, and N of them draw and end as one sweep does.
/// </summary>
public sealed class LabPermutationTests
{
    [Fact]
    public void SingleUpdatesVisitEverySiteOncePerSweepInAFreshOrderDrawnAtTheSweepStart()
    {
        const int n = 37;
        var rng = new Xoshiro256StarStar(8);
        RandomState? sweepStart = null;
        var sweeps = new List<int[]>();
        for (int sweep = 0; sweep < 3; sweep++)
        {
            var sites = new int[n];
            for (int k = 0; k < n; k++)
            {
                var before = rng.State;
                sites[k] = LabEngine.PermutationSite((sweep * n) + k, n, rng, ref sweepStart);
                if (k == 0)
                {
                    Assert.Equal(before, sweepStart); // the sweep remembers the stream before its n − 1 draws
                    Assert.NotEqual(before, rng.State);
                }
                else
                {
                    Assert.Equal(before, rng.State); // later updates redraw the permutation on a copy
                }
            }

            Assert.Equal(Enumerable.Range(0, n), sites.Order());
            sweeps.Add(sites);
        }

        Assert.NotEqual(sweeps[0], sweeps[1]);
        Assert.NotEqual(sweeps[1], sweeps[2]);

        // without the sweep's stream in mid-sweep, the permutation is drawn there
        RandomState? none = null;
        var fresh = new Xoshiro256StarStar(8);
        _ = LabEngine.PermutationSite(5, n, fresh, ref none);
        Assert.Equal(new Xoshiro256StarStar(8).State, none);
    }

    [Fact]
    public async Task HundredGlauberUpdatesEndWhereOneSweepEndsStreamAndAll()
    {
        await using var lab = await LabHost.Start();
        var network = Letters.Network("ABC");
        var start = Letters.State(Letters.Noisy('C', 0, 11, 23, 45));
        JsonObject Dynamics() => new() { ["rule"] = "glauber", ["T"] = 1.5, ["order"] = "permutation", ["seed"] = 3 };

        var state = (JsonObject)start.DeepClone();
        string? rng = null, sweepRng = null;
        var sweepStreams = new HashSet<string>();
        for (int t = 0; t <= 100; t++)
        {
            var request = new JsonObject { ["network"] = network.DeepClone(), ["state"] = state, ["dynamics"] = Dynamics(), ["t"] = t, ["unit"] = "update" };
            if (rng is not null)
            {
                request["rng"] = rng;
                request["sweepRng"] = sweepRng;
            }

            var (status, body) = await lab.Post("/api/step", request);
            Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
            Assert.Equal(t + 1, (int)body["t"]!);
            (state, rng, sweepRng) = ((JsonObject)body["state"]!.DeepClone(), (string)body["rng"]!, (string)body["sweepRng"]!);
            sweepStreams.Add(sweepRng);
            if (t == 99)
            {
                var (_, sweep) = await lab.Post("/api/step", new JsonObject { ["network"] = network.DeepClone(), ["state"] = start.DeepClone(), ["dynamics"] = Dynamics(), ["unit"] = "sweep" });
                Assert.Equal(Letters.Read(sweep["state"]!), Letters.Read(state));
                Assert.Equal((string)sweep["rng"]!, rng);
                Assert.Null(sweep["sweepRng"]);
                Assert.Single(sweepStreams);
            }
        }

        Assert.Equal(2, sweepStreams.Count); // update 100 starts the next sweep's permutation
    }

    [Fact]
    public async Task AtZeroTemperatureAFixedPointStaysAndRunsNameThePermutationSweep()
    {
        await using var lab = await LabHost.Start();
        var network = Letters.Network("ABC", extra: n => { n["version"] = 2; n["rule"] = "pseudo-inverse"; });
        var clean = Letters.State(Letters.Spins('B'));
        var (status, run) = await lab.Post("/api/run", new JsonObject
        {
            ["network"] = network.DeepClone(), ["state"] = clean.DeepClone(), ["dynamics"] = new JsonObject { ["order"] = "permutation" }, ["maxSweeps"] = 5,
        });
        Assert.True(status == HttpStatusCode.OK, run.ToJsonString());
        Assert.Equal((1, true), ((int)run["sweeps"]!, (bool)run["fixedPoint"]!));
        Assert.Equal(Letters.Spins('B'), Letters.Read(run["state"]!));
        Assert.Contains("zero-temperature, permutation order", (string)run["engine"]!, StringComparison.Ordinal);

        var (_, update) = await lab.Post("/api/step", new JsonObject
        {
            ["network"] = network.DeepClone(), ["state"] = clean.DeepClone(), ["dynamics"] = new JsonObject { ["order"] = "permutation" }, ["t"] = 0,
        });
        Assert.Equal(0, (int)update["changed"]!);
        Assert.Equal(Letters.Spins('B'), Letters.Read(update["state"]!));

        var (badStatus, bad) = await lab.Post("/api/step", new JsonObject
        {
            ["network"] = network.DeepClone(), ["state"] = clean.DeepClone(), ["dynamics"] = new JsonObject { ["order"] = "permutation" }, ["t"] = 3, ["sweepRng"] = "xyz",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("sweepRng must be the 64 hex digits", bad.ToJsonString(), StringComparison.Ordinal);
    }
}
