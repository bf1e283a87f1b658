using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.Tests.Cli;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Tests.Interactive;

public sealed class RecallDynamicsTests : IDisposable
{
    private readonly CliHarness _harness = new();

    public static TheoryData<NetworkKind, NeuronCoding, Interaction> EnergyModels => new()
    {
        { NetworkKind.Classical, NeuronCoding.Spin, Interaction.Polynomial },
        { NetworkKind.Classical, NeuronCoding.Binary, Interaction.Polynomial },
        { NetworkKind.Dense, NeuronCoding.Spin, Interaction.Polynomial },
        { NetworkKind.Dense, NeuronCoding.Spin, Interaction.RectifiedPolynomial },
        { NetworkKind.Dense, NeuronCoding.Spin, Interaction.Exponential },
    };

    [Theory]
    [MemberData(nameof(EnergyModels))]
    public void The_energy_never_rises_at_T_0_and_ends_at_a_fixed_point(NetworkKind kind, NeuronCoding neurons, Interaction interaction)
    {
        var rng = new Models.Randomness.Xoshiro256StarStar(17);
        var patterns = Enumerable.Range(0, 12).Select(_ => Enumerable.Range(0, 64).Select(_ => rng.NextDouble() < 0.5 ? (sbyte)1 : (sbyte)-1).ToArray()).ToList();
        var network = NetworkModel.Build(new NetworkFile(kind, neurons, interaction, 3, 0.2, 8, 8, patterns, null));
        for (int start = 0; start < 5; start++)
        {
            var state = StateFile.OfSpins([.. Enumerable.Range(0, 64).Select(_ => rng.NextDouble() < 0.5 ? (sbyte)1 : (sbyte)-1)]);
            foreach (var options in new RecallOptions[] { new(Seed: (ulong)start), new(Order: SiteOrder.Sequential), new(Order: SiteOrder.Permutation, Seed: (ulong)start), new(Order: SiteOrder.Rows) })
            {
                var result = RecallEngine.Relax(network, state, options);
                for (int t = 1; t < result.Steps.Count; t++)
                {
                    Assert.True(result.Steps[t].Energy <= result.Steps[t - 1].Energy + (1e-9 * Math.Abs(result.Steps[t - 1].Energy)), $"{options}: E rose at t = {t}");
                }

                Assert.True(result.FixedPoint, options.ToString());
                Assert.Equal(network.EnergyModel!.Energy(result.Final.Spins), result.Steps[^1].Energy, 9);
                Assert.Equal(network.Overlaps(result.Final.Spins), result.Steps[^1].Overlaps);
            }
        }
    }

    [Fact]
    public void Glauber_with_a_seed_is_reproducible_and_another_seed_differs()
    {
        var letters = NetworkModel.Build(NetworkFile.Parse("""{"format": "spinglass-network", "version": 1, "kind": "classical", "letters": "ABC"}""", "n.json"));
        var cue = StateFile.OfSpins(letters.File.Patterns[0]);
        var options = new RecallOptions(UpdateRule.Glauber, Temperature: 0.4, Seed: 9, MaxSweeps: 20);

        var first = RecallEngine.Relax(letters, cue, options);
        var second = RecallEngine.Relax(letters, cue, options);
        var other = RecallEngine.Relax(letters, cue, options with { Seed = 10 });

        Assert.Equal(21, first.Steps.Count);
        Assert.Equal(first.Steps.Select(s => s.Energy), second.Steps.Select(s => s.Energy));
        Assert.Equal(first.Final.Spins, second.Final.Spins);
        Assert.NotEqual(first.Steps.Select(s => s.Energy), other.Steps.Select(s => s.Energy));
        Assert.Contains("glauber", first.Engine, StringComparison.Ordinal);
    }

    [Fact]
    public void Recall_on_the_command_line_is_reproducible_writes_the_trace_atomically_and_prints_json()
    {
        string network = Path.Combine(CliHarness.RepositoryRoot, "examples", "plus-sign", "network.json");
        string state = Path.Combine(CliHarness.RepositoryRoot, "examples", "plus-sign", "state.json");
        string trace = Path.Combine(_harness.Root, "trace.csv");
        string[] args = ["recall", "--network", network, "--state", state, "--rule", "glauber", "--T", "2", "--seed", "4", "--max-sweeps", "7"];

        var (exit, output, log) = CliHarness.Run([.. args, "--trace", trace]);
        var again = CliHarness.Run(args);
        var json = CliHarness.Run([.. args, "--json"]);

        Assert.True(exit == 0, log);
        Assert.Equal(output, again.Output);
        Assert.Equal(output, File.ReadAllText(trace));
        Assert.Equal(9, output.TrimEnd('\n').Split('\n').Length);
        Assert.Empty(Directory.EnumerateFiles(_harness.Root, "*.tmp-*"));
        using var document = System.Text.Json.JsonDocument.Parse(json.Output);
        var steps = document.RootElement.GetProperty("steps");
        Assert.Equal(8, steps.GetArrayLength());
        Assert.Equal(6, document.RootElement.GetProperty("final").GetProperty("grid").GetArrayLength());
        Assert.Equal(double.Parse(output.Split('\n')[8].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), steps[7].GetProperty("energy").GetDouble());
    }

    [Fact]
    public void A_modern_network_retrieves_a_pattern_from_a_real_cue_with_the_energy_never_rising()
    {
        string network = _harness.Write("m.json", """{"format": "spinglass-network", "version": 1, "kind": "modern", "beta": 2, "letters": "ABC"}""");
        var letterB = NetworkFile.Load(network).Patterns[1];
        var cue = StateFile.OfValues([.. letterB.Select((s, i) => (i % 3 == 0 ? -0.4 : 0.8) * s)]);
        string state = _harness.Write("s.json", cue.ToJson());

        var (exit, output, log) = CliHarness.Run("recall", "--network", network, "--state", state, "--json");

        Assert.True(exit == 0, log);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var steps = document.RootElement.GetProperty("steps").EnumerateArray().ToList();
        for (int t = 1; t < steps.Count; t++)
        {
            Assert.True(steps[t].GetProperty("energy").GetDouble() <= steps[t - 1].GetProperty("energy").GetDouble() + 1e-12);
        }

        Assert.True(document.RootElement.GetProperty("fixed_point").GetBoolean());
        Assert.Equal(1.0, steps[^1].GetProperty("overlaps").GetProperty("m_B").GetDouble(), 6);
    }

    public void Dispose() => _harness.Dispose();
}
