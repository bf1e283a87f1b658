using System.Text.Json;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Runner.Interactive;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary>
/// The seeds' correlated letters: A–Z stored by the pseudo-inverse rule are all fixed points (each clean letter stays), while
/// Hebb's couplings move clean letters away.
/// </summary>
public sealed class LetterRecallTests : IDisposable
{
    private readonly CliHarness _harness = new();

    [Fact]
    public void Every_clean_letter_A_to_Z_stays_under_the_pseudo_inverse_rule_and_hebb_moves_letters_away()
    {
        var kept = new Dictionary<string, string>();
        foreach (string rule in new[] { "pseudo-inverse", "hebb" })
        {
            string network = Path.Combine(_harness.Root, $"{rule}.json");
            Assert.Equal(0, CliHarness.Run("network", "--letters", "A-Z", "--rule", rule, "--out", network).Exit);
            kept[rule] = string.Concat(LetterPatterns.Available.Where(c => Recalled(network, c)));
        }

        Assert.Equal("ABCDEFGHIJKLMNOPQRSTUVWXYZ", kept["pseudo-inverse"]);
        Assert.True(kept["hebb"].Length < 26, $"hebb kept {kept["hebb"]}");
    }

    public void Dispose() => _harness.Dispose();

    private bool Recalled(string network, char letter)
    {
        var clean = StateFile.OfSpins(LetterPatterns.Letter(letter).ToArray(), LetterPatterns.Width, LetterPatterns.Height);
        string state = _harness.Write("state.json", clean.ToJson());
        var (exit, output, log) = CliHarness.Run("recall", "--network", network, "--state", state, "--json");
        Assert.True(exit == 0, log);
        using var result = JsonDocument.Parse(output);
        var final = StateFile.Parse(result.RootElement.GetProperty("final").GetRawText(), "final");
        return final.Spins!.AsSpan().SequenceEqual(clean.Spins);
    }
}
