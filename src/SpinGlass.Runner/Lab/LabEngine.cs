using System.Text.Json;
using System.Text.Json.Nodes;
using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Interactive;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Runner.Lab;

/// <summary>
/// What the lab's JSON API computes (docs/lab.md, "The JSON API"), over the same <see cref="NetworkModel"/> and
/// <see cref="RecallEngine"/> as <c>spinglass recall</c>: stateless, every request carries its network, state and stream.
/// </summary>
internal sealed class LabEngine(LabLimits limits)
{
    /// <summary>The largest update count <c>t</c> a step takes (far beyond any session; t + N stays an int).</summary>
    public const int MaxUpdates = 1_000_000_000;

    public LabLimits Limits { get; } = limits;

    /// <summary><c>POST /api/energy</c>: the read-outs of a state.</summary>
    public JsonObject Energy(JsonElement root)
    {
        LabRequest.RequireKeys(root, "network", "state");
        var network = LabRequest.Network(root, Limits);
        var state = LabRequest.State(root, network);
        var step = RecallEngine.Energy(network, state);
        return Readout(network, state, step.Energy, step.Overlaps);
    }

    /// <summary>
    /// <c>POST /api/step</c>: one update (one site, one row in rows order; a whole sweep for the synchronous rule; one
    /// ξ ← X softmax(β Xᵀξ) for a modern network) or one sweep. In permutation order an update carries its sweep's
    /// permutation as <c>sweepRng</c> (see <see cref="PermutationSite"/>).
    /// </summary>
    public JsonObject Step(JsonElement root, CancellationToken cancellation)
    {
        LabRequest.RequireKeys(root, "network", "state", "dynamics", "rng", "sweepRng", "t", "unit");
        var network = LabRequest.Network(root, Limits);
        var state = LabRequest.State(root, network);
        var options = LabRequest.Options(root, network, 1);
        int t = LabRequest.Int(root, "t", 0, 0, MaxUpdates);
        string unit = LabRequest.String(root, "unit") ?? "update";
        if (unit is not ("update" or "sweep"))
        {
            throw new InputFileException($"request: unit '{unit}' is not one of update, sweep");
        }

        var dynamics = RecallEngine.DynamicsOf(network, options);
        if (dynamics is null || unit == "sweep" || dynamics.Rule == UpdateRule.Synchronous)
        {
            CheckWork(network, 1);
            var result = RecallEngine.Relax(network, state, options with { MaxSweeps = 1 }, cancellation);
            var last = result.Steps[^1];
            var answer = Readout(network, result.Final, last.Energy, last.Overlaps);
            answer["t"] = t + (network.Modern is null ? network.N : 1);
            answer["changed"] = last.Changed;
            answer["fixedPoint"] = result.FixedPoint;
            answer["rng"] = result.Stream is { } s ? LabRequest.StreamText(s) : null;
            return answer;
        }

        return Update(network, state, dynamics, options, t, LabRequest.Stream(root, "sweepRng"));
    }

    /// <summary><c>POST /api/run</c>: relax to a fixed point or the sweep limit; every sweep's read-outs, and states for animation.</summary>
    public JsonObject Run(JsonElement root, CancellationToken cancellation)
    {
        LabRequest.RequireKeys(root, "network", "state", "dynamics", "rng", "maxSweeps");
        var network = LabRequest.Network(root, Limits);
        var state = LabRequest.State(root, network);
        int maxSweeps = LabRequest.Int(root, "maxSweeps", 100, 1, Limits.MaxSweeps);
        var options = LabRequest.Options(root, network, maxSweeps);
        CheckWork(network, maxSweeps);
        var frames = new JsonArray();
        int kept = 0;
        StateFile? lastFrame = null;
        var result = RecallEngine.Relax(network, state, options, (t, s) =>
        {
            lastFrame = s;
            if (kept < Limits.MaxFrames - 1)
            {
                frames.Add(Frame(t, s));
                kept++;
            }
        }, cancellation);
        if (lastFrame is not null && result.Steps[^1].T >= Limits.MaxFrames - 1)
        {
            frames.Add(Frame(result.Steps[^1].T, lastFrame));
        }

        var steps = new JsonArray();
        foreach (var step in result.Steps)
        {
            steps.Add(new JsonObject { ["t"] = step.T, ["energy"] = step.Energy, ["overlaps"] = Numbers(step.Overlaps), ["changed"] = step.Changed });
        }

        var final = result.Steps[^1];
        var answer = Readout(network, result.Final, final.Energy, final.Overlaps);
        answer["sweeps"] = final.T;
        answer["fixedPoint"] = result.FixedPoint;
        answer["engine"] = result.Engine;
        answer["rng"] = result.Stream is { } stream ? LabRequest.StreamText(stream) : null;
        answer["steps"] = steps;
        answer["frames"] = frames;
        return answer;
    }

    private static JsonObject Frame(int t, StateFile state) => new() { ["t"] = t, ["state"] = StateNode(state) };

    /// <summary>
    /// The site permutation order updates at update <paramref name="t"/>, as a sweep of <see cref="MarkovChain"/> visits it:
    /// a sweep starts at t ≡ 0 (mod N) by drawing a Fisher–Yates shuffle of 0 … N − 1 from <paramref name="rng"/> (N − 1
    /// draws) and remembers the stream as it was before them in <paramref name="sweepStart"/>; an update later in the
    /// sweep redraws that permutation from <paramref name="sweepStart"/> on a copy, leaving <paramref name="rng"/> alone.
    /// So N single updates draw what one sweep draws, and visit every site once. Without <paramref name="sweepStart"/>
    /// mid-sweep (after a run or a sweep left t there), the permutation is drawn at this update.
    /// </summary>
    /// <param name="t">Updates made so far.</param>
    /// <param name="n">Number of sites N.</param>
    /// <param name="rng">The request's stream.</param>
    /// <param name="sweepStart">The stream at the start of the sweep (the previous answer's <c>sweepRng</c>), or null; set to this sweep's.</param>
    internal static int PermutationSite(int t, int n, Xoshiro256StarStar rng, ref RandomState? sweepStart)
    {
        if (t % n == 0 || sweepStart is null)
        {
            sweepStart = rng.State;
            return Shuffled(n, rng)[t % n];
        }

        return Shuffled(n, new Xoshiro256StarStar(sweepStart.Value))[t % n];
    }

    // the draws of the chain's permutation sweep on a fresh site array: j = NextInt(m + 1) swapped with m, m = n − 1 … 1
    private static int[] Shuffled(int n, Xoshiro256StarStar rng)
    {
        int[] sites = [.. Enumerable.Range(0, n)];
        for (int m = n - 1; m > 0; m--)
        {
            int j = rng.NextInt(m + 1);
            (sites[m], sites[j]) = (sites[j], sites[m]);
        }

        return sites;
    }

    private static JsonObject Update(NetworkModel network, StateFile start, Dynamics dynamics, RecallOptions options, int t, RandomState? sweepStart)
    {
        var state = (IEnergyState)network.EnergyModel!.CreateState(start.Spins);
        var rng = options.Stream is { } stream ? new Xoshiro256StarStar(stream) : new Xoshiro256StarStar(options.Seed);
        int n = state.N;
        int flips = 0;
        if (dynamics.Order == SiteOrder.Rows)
        {
            // one row of the grid, every site deciding from the state before the row (as the rows sweep does)
            int width = network.File.Width;
            int row = t / width % network.File.Height;
            var deciding = new List<int>();
            for (int i = row * width; i < (row + 1) * width; i++)
            {
                if (state.FlipCost(i) < 0)
                {
                    deciding.Add(i);
                }
            }

            foreach (int i in deciding)
            {
                state.Flip(i);
            }

            flips = deciding.Count;
            t += width;
        }
        else
        {
            int site = dynamics.Order switch
            {
                SiteOrder.Sequential => t % n,
                SiteOrder.Permutation => PermutationSite(t, n, rng, ref sweepStart),
                _ => rng.NextInt(n),
            };
            double cost = state.FlipCost(site);
            bool accept = dynamics.Rule == UpdateRule.Glauber ? GlauberAcceptance.Accept(cost, dynamics.Beta, rng) : ZeroTemperatureAcceptance.Accept(cost, dynamics.Beta, rng);
            if (accept)
            {
                state.Flip(site);
                flips = 1;
            }

            t++;
        }

        var f = network.File;
        var final = StateFile.OfSpins(state.Spins.ToArray(), f.Width, f.Height);
        var answer = Readout(network, final, state.Energy, network.Overlaps(state.Spins));
        answer["t"] = t;
        answer["changed"] = flips;
        answer["fixedPoint"] = MarkovChain.IsFixedPoint(state);
        answer["rng"] = LabRequest.StreamText(rng.State);
        if (dynamics.Order == SiteOrder.Permutation)
        {
            answer["sweepRng"] = LabRequest.StreamText(sweepStart!.Value);
        }

        return answer;
    }

    private void CheckWork(NetworkModel network, int sweeps)
    {
        long work = network.WorkPerSweep * sweeps;
        if (work > Limits.MaxWork)
        {
            string cost = network.WorkPerSweep == (long)network.N * network.N && network.P < network.N ? "N² · sweeps (an explicit matrix)" : "N · p · sweeps";
            throw new InputFileException($"request: {cost} = {work} is more work than one request may ask ({Limits.MaxWork}); lower maxSweeps");
        }
    }

    /// <summary>The read-outs every answer carries: the state, energy, overlaps, active cells and the nearest stored pattern.</summary>
    public static JsonObject Readout(NetworkModel network, StateFile state, double energy, IReadOnlyList<double> overlaps)
    {
        var names = network.PatternNames;
        if (network.P == 0)
        {
            return Readout(network, state, energy, overlaps, null);
        }

        int nearest = 0;
        for (int mu = 1; mu < overlaps.Count; mu++)
        {
            if (overlaps[mu] > overlaps[nearest])
            {
                nearest = mu;
            }
        }

        var pattern = new sbyte[network.N];
        network.Patterns.CopyPattern(nearest, pattern);
        int hamming = 0;
        for (int i = 0; i < network.N; i++)
        {
            hamming += (Value(state, i) > 0) != (pattern[i] > 0) ? 1 : 0;
        }

        return Readout(network, state, energy, overlaps, new JsonObject { ["index"] = nearest, ["name"] = names[nearest], ["overlap"] = overlaps[nearest], ["hamming"] = hamming });
    }

    /// <summary>The read-outs with <paramref name="nearest"/> (null for a network given by its couplings, which stores no pattern).</summary>
    private static JsonObject Readout(NetworkModel network, StateFile state, double energy, IReadOnlyList<double> overlaps, JsonObject? nearest)
    {
        int active = 0;
        for (int i = 0; i < network.N; i++)
        {
            active += Value(state, i) > 0 ? 1 : 0;
        }

        return new JsonObject
        {
            ["state"] = StateNode(state),
            ["energy"] = energy,
            ["energyPerNeuron"] = energy / network.N,
            ["active"] = active,
            ["names"] = new JsonArray([.. network.PatternNames.Select(n => (JsonNode)n!)]),
            ["overlaps"] = Numbers(overlaps),
            ["nearest"] = nearest,
        };
    }

    private static double Value(StateFile state, int i) => state.Spins is { } spins ? spins[i] : state.Values![i];

    private static JsonNode StateNode(StateFile state) => JsonNode.Parse(state.ToJson())!;

    private static JsonArray Numbers(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode)Math.Round(v, 12))]);
}
