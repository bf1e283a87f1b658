using System.Globalization;
using SpinGlass.Runner.Interactive;
using SpinGlass.Runner.Tests.Cli;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Tests.Interactive;

/// <summary>examples/plus-sign: the seeds' 6×6 plus sign and ring, recalled from the plus sign with two bits off.</summary>
public sealed class PlusSignExampleTests
{
    private static readonly string Network = Path.Combine(CliHarness.RepositoryRoot, "examples", "plus-sign", "network.json");
    private static readonly string State = Path.Combine(CliHarness.RepositoryRoot, "examples", "plus-sign", "state.json");

    [Fact]
    public void Recall_recovers_the_plus_sign_in_one_sequential_sweep_with_the_hand_computed_energies()
    {
        var (exit, output, log) = CliHarness.Run("recall", "--network", Network, "--state", State, "--order", "sequential");

        Assert.True(exit == 0, log);
        var network = NetworkFile.Load(Network);
        var cue = StateFile.Load(State).Spins!;
        var plus = network.Patterns[0];
        Assert.Equal(2, cue.Zip(plus).Count(pair => pair.First != pair.Second));
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("t,energy,m_1,m_2,flips", lines[0]);
        Assert.Equal(3, lines.Length - 1); // t = 0, the sweep that recovers it, the sweep that proves it fixed
        var rows = lines.Skip(1).Select(line => line.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(HandEnergy(network.Patterns, cue), rows[0][1], 12);
        Assert.Equal(HandEnergy(network.Patterns, plus), rows[1][1], 12);
        Assert.Equal(HandEnergy(network.Patterns, plus), rows[2][1], 12);
        Assert.Equal(-1240.0 / 72, rows[1][1], 12); // (pN − M_1² − M_2²)/(2N) = (72 − 36² − 4²)/72
        Assert.Equal([0.0, 2.0, 0.0], rows.Select(r => r[4]));
        Assert.Equal([32.0 / 36, 1.0, 1.0], rows.Select(r => r[2]));
        Assert.Contains("fixed point after 2 sweeps", log, StringComparison.Ordinal);
        Assert.Contains("..##..\n..##..\n######\n######\n..##..\n..##..", log.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Energy_prints_the_hand_computed_energy_of_the_cue_and_its_overlaps()
    {
        var (exit, output, log) = CliHarness.Run("energy", "--network", Network, "--state", State);

        Assert.True(exit == 0, log);
        var network = NetworkFile.Load(Network);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("energy,m_1,m_2", lines[0]);
        var values = lines[1].Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(HandEnergy(network.Patterns, StateFile.Load(State).Spins!), values[0], 12);
        Assert.Equal(32.0 / 36, values[1], 12);
        Assert.Equal(4.0 / 36, values[2], 12);
    }

    [Fact]
    public void Every_rule_at_T_0_recovers_the_plus_sign_with_the_energy_never_rising()
    {
        var model = NetworkModel.Build(NetworkFile.Load(Network));
        var cue = StateFile.Load(State);
        foreach (var options in new RecallOptions[] { new(), new(Order: SiteOrder.Sequential), new(Order: SiteOrder.Rows), new(Rule: UpdateRule.Synchronous) })
        {
            var result = RecallEngine.Relax(model, cue, options);
            Assert.True(result.FixedPoint, options.ToString());
            Assert.Equal(model.File.Patterns[0], result.Final.Spins);
            Assert.Equal(6, result.Final.Width);
        }
    }

    /// <summary>
    /// E = −½ Σ_{i≠j} w_ij s_i s_j with w_ij = (1/N) Σ_μ ξ^μ_i ξ^μ_j, from the full 36 × 36 matrix, summed in integers
    /// (N w_ij) and divided once.
    /// </summary>
    private static double HandEnergy(IReadOnlyList<sbyte[]> patterns, sbyte[] s)
    {
        int n = s.Length;
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j)
                {
                    sum += patterns.Sum(xi => xi[i] * xi[j]) * s[i] * s[j];
                }
            }
        }

        return -sum / (2.0 * n);
    }
}
