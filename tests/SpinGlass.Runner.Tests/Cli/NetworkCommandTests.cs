using System.Globalization;
using SkiaSharp;
using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Randomness;
using SpinGlass.Runner.Interactive;

namespace SpinGlass.Runner.Tests.Cli;

/// <summary><c>spinglass network</c> writes a network.json that reads back as the same patterns, rule and energies as the library's model.</summary>
public sealed class NetworkCommandTests : IDisposable
{
    private readonly CliHarness _harness = new();

    public static TheoryData<string, string[]> Rules => new()
    {
        { "hebb", [] },
        { "hebb", ["--self-coupling"] },
        { "storkey", [] },
        { "pseudo-inverse", [] },
        { "covariance", ["--coding", "0.3"] },
        { "covariance", ["--coding", "0.4", "--threshold", "0.05", "--self-coupling"] },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_written_network_reads_back_with_its_patterns_rule_and_the_library_models_energies(string rule, string[] extra)
    {
        string path = Path.Combine(_harness.Root, "net.json");
        var (exit, output, log) = CliHarness.Run(["network", "--letters", "A-J", "--rule", rule, .. extra, "--out", path]);

        Assert.True(exit == 0, log);
        Assert.Contains($"rule {rule}, N = 100, p = 10", output, StringComparison.Ordinal);
        var file = NetworkFile.Load(path);
        Assert.Equal("ABCDEFGHIJ", file.Letters);
        Assert.Equal(LearningRuleOf(rule), file.Rule);
        Assert.Equal(file.ToJson(), File.ReadAllText(path));
        var patterns = LetterPatterns.Create("ABCDEFGHIJ");
        for (int mu = 0; mu < patterns.P; mu++)
        {
            Assert.Equal(LetterPatterns.Letter(file.Letters![mu]).ToArray(), file.Patterns[mu]);
        }

        var options = Options(extra);
        IEnergyModel library = rule == "hebb" && !options.SelfCoupling ? new HopfieldNetwork(patterns) : LearnedNetwork.Learn(patterns, LearningRuleOf(rule), options);
        var model = NetworkModel.Build(file).EnergyModel!;
        Assert.Equal(library.GetType(), model.GetType());
        var rng = new Xoshiro256StarStar(4);
        foreach (var spins in new[] { LetterPatterns.Letter('C').ToArray(), RandomSpins(rng, 100), RandomSpins(rng, 100) })
        {
            double energy = library.Energy(spins);
            Assert.Equal(energy, model.Energy(spins), 12);
            string state = _harness.Write("state.json", StateFile.OfSpins(spins, 10, 10).ToJson());
            var (energyExit, csv, _) = CliHarness.Run("energy", "--network", path, "--state", state);
            Assert.Equal(0, energyExit);
            Assert.Equal(energy, double.Parse(csv.Split('\n')[1].Split(',')[0], CultureInfo.InvariantCulture), 12);
        }
    }

    [Fact]
    public void Random_patterns_are_those_the_lab_draws_from_the_seed_and_a_coding_level_biases_them()
    {
        string path = Path.Combine(_harness.Root, "random.json");
        Assert.Equal(0, CliHarness.Run("network", "--random", "64,3", "--seed", "9", "--out", path).Exit);
        var expected = PatternSet.Random(64, 3, new Xoshiro256StarStar(9));
        var file = NetworkFile.Load(path);
        var row = new sbyte[64];
        for (int mu = 0; mu < 3; mu++)
        {
            expected.CopyPattern(mu, row);
            Assert.Equal(row, file.Patterns[mu]);
        }

        Assert.Equal(0, CliHarness.Run("network", "--random", "2000,2", "--coding", "0.1", "--rule", "covariance", "--out", path).Exit);
        double active = NetworkFile.Load(path).Patterns.SelectMany(p => p).Count(s => s > 0) / 4000.0;
        Assert.InRange(active, 0.07, 0.13);
    }

    [Fact]
    public void Images_from_a_directory_are_stored_by_file_name_at_the_given_size()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_harness.Root, "pics")).FullName;
        HalfBlack(Path.Combine(folder, "a.png"), new SKRect(0, 0, 8, 16));
        HalfBlack(Path.Combine(folder, "b.png"), new SKRect(0, 0, 16, 8));
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not an image");
        string path = Path.Combine(_harness.Root, "images.json");

        var (exit, _, log) = CliHarness.Run("network", "--images", folder, "--size", "8x8", "--rule", "storkey", "--out", path);

        Assert.True(exit == 0, log);
        var file = NetworkFile.Load(path);
        Assert.Equal(["a.png", "b.png"], file.Names);
        Assert.Equal((8, 8, LearningRule.Storkey), (file.Width, file.Height, file.Rule));
        Assert.Equal(1, file.Patterns[0][0]);
        Assert.Equal(-1, file.Patterns[0][7]);
    }

    [Theory]
    [InlineData("--rule: 'oja' is not one of hebb, storkey, pseudo-inverse, covariance", "--letters", "A-C", "--rule", "oja")]
    [InlineData("--threshold: belongs to --rule covariance", "--letters", "A-C", "--threshold", "0.1")]
    [InlineData("--coding: 0.7 is not a coding level", "--letters", "A-C", "--rule", "covariance", "--coding", "0.7")]
    [InlineData("give exactly one of --letters", "--letters", "A-C", "--random", "10,2")]
    [InlineData("give exactly one of --letters")]
    [InlineData("--letters: the range C-A runs backwards", "--letters", "C-A")]
    [InlineData("--letters: '1' is neither a range", "--letters", "A,1")]
    [InlineData("--random: '10' is not N,p", "--random", "10")]
    [InlineData("--seed: seeds --random patterns only", "--letters", "A", "--seed", "3")]
    [InlineData("--size: sizes --images only", "--letters", "A", "--size", "8x8")]
    [InlineData("--images: '/nonexistent/*.png' names no image file", "--images", "/nonexistent/*.png")]
    public void Bad_input_is_one_line_exit_2_and_nothing_is_written(string message, params string[] options)
    {
        string path = Path.Combine(_harness.Root, "bad.json");

        var (exit, output, log) = CliHarness.Run(["network", .. options, "--out", path]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Single(log.TrimEnd('\n').Split('\n'));
        Assert.Contains(message, log, StringComparison.Ordinal);
        Assert.EndsWith("; nothing was written\n", log, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_harness.Root, "bad.json*"));
    }

    [Fact]
    public void An_existing_file_is_replaced_whole_and_an_out_path_in_a_missing_directory_is_refused()
    {
        string path = _harness.Write("net.json", "old");
        Assert.Equal(0, CliHarness.Run("network", "--letters", "AB", "--out", path).Exit);
        Assert.Equal("AB", NetworkFile.Load(path).Letters);
        Assert.Single(Directory.GetFiles(_harness.Root));

        var (exit, _, log) = CliHarness.Run("network", "--letters", "AB", "--out", "/nonexistent-dir/net.json");
        Assert.Equal(2, exit);
        Assert.Contains("--out /nonexistent-dir/net.json: the directory", log, StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();

    private static LearningRule LearningRuleOf(string word) => word switch
    {
        "storkey" => LearningRule.Storkey,
        "pseudo-inverse" => LearningRule.PseudoInverse,
        "covariance" => LearningRule.Covariance,
        _ => LearningRule.Hebb,
    };

    private static LearningOptions Options(string[] extra)
    {
        double? Value(string option) => Array.IndexOf(extra, option) is int k and >= 0 ? double.Parse(extra[k + 1], CultureInfo.InvariantCulture) : null;
        return new LearningOptions(Value("--coding"), Value("--threshold"), extra.Contains("--self-coupling"));
    }

    private static void HalfBlack(string path, SKRect black)
    {
        using var bitmap = new SKBitmap(16, 16);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false };
            canvas.DrawRect(black, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static sbyte[] RandomSpins(Xoshiro256StarStar rng, int n) => [.. Enumerable.Range(0, n).Select(_ => (sbyte)rng.NextSpin())];
}
