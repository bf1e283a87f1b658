using SpinGlass.Analysis.Experiments;
using SpinGlass.Analysis.Experiments.Retrieval;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Hopfield.Letters;
using SpinGlass.Sampling;
using static SpinGlass.Analysis.Experiments.Retrieval.RetrievalExperiment;

namespace SpinGlass.Analysis.Tests.Experiments;

/// <summary>Retrieval from an explicit cue: fixed spins, extra random flips per trial, scored against a fixed target.</summary>
public sealed class RetrievalGivenCueTests
{
    private static readonly ChainProtocol ZeroTemperature = new(UpdateRule.ZeroTemperature, SiteOrder.Random, 100, 0, 1);
    private static readonly StoredImages AtoC = new(LetterPatterns.Create("ABC"), LetterPatterns.Width, LetterPatterns.Height, ["A", "B", "C"]);

    [Fact]
    public void A_with_four_bits_off_is_recalled_exactly_at_zero_temperature()
    {
        var record = Run(new GivenCue(LetterA(offBits: 4), Target: 0, Nearest: true), noise: 0, trials: 12);
        Assert.Equal(1.0, record[Overlap]);
        Assert.Equal(1.0, record[SuccessRate]);
        Assert.Equal(0.0, record[Hamming]);
    }

    [Fact]
    public void Noise_flips_extra_bits_of_the_given_cue_and_each_trial_draws_its_own()
    {
        var given = LetterA(offBits: 4);
        var clean = Run(new GivenCue(given, 0, true), noise: 0, trials: 1).Payload(Examples).Single();
        Assert.Equal(given, clean.Cue);
        var noisy = Run(new GivenCue(given, 0, true), noise: 0.1, trials: 1).Payload(Examples).Single();
        Assert.Equal(10, Cues.HammingDistance(noisy.Cue, given));
        var spread = Run(new GivenCue(given, 0, true), noise: 0.35, trials: 30);
        Assert.True(spread.Error(Overlap) > 0, "trials with their own flips end in different states");
        Assert.True(spread[Overlap] < 1);
    }

    [Fact]
    public void The_score_is_against_the_given_target_and_the_report_names_it()
    {
        var cue = new GivenCue(LetterA(offBits: 4), Target: 1, Nearest: false);
        var experiment = Experiment(cue, noise: 0, trials: 4);
        var record = PointRunner.Run(experiment, seed: 5);
        Assert.True(record[Overlap] < 0.9, "recall ends on A, scored against B");
        Assert.All(record.Payload(Examples), e => Assert.Equal(1, e.Target));
        var derived = experiment.Finish([record]).Derived.ToDictionary(d => d.Key, d => d.Value);
        Assert.Equal(2, derived["cue_target"].Value);
        Assert.StartsWith("B (given", derived["cue_target"].Source, StringComparison.Ordinal);
        Assert.Equal((double)AtoC.Patterns.Overlap(1, cue.Spins) / 100, derived["cue_overlap"].Value);
    }

    [Fact]
    public void The_nearest_pattern_has_the_largest_overlap_and_ties_go_to_the_lowest_index()
    {
        Assert.Equal(0, GivenCue.NearestPattern(AtoC.Patterns, LetterA(offBits: 10)));
        Assert.Equal(2, GivenCue.NearestPattern(AtoC.Patterns, LetterPatterns.Letter('C')));
        var twins = new PatternSet(4, [1, 1, -1, -1, 1, 1, -1, -1, -1, -1, 1, 1]);
        Assert.Equal(0, GivenCue.NearestPattern(twins, [1, 1, -1, -1]));
        Assert.Equal(2, GivenCue.NearestPattern(twins, [-1, -1, 1, 1]));
    }

    /// <summary>The letter A with its first <paramref name="offBits"/> on pixels turned off.</summary>
    private static sbyte[] LetterA(int offBits)
    {
        var spins = LetterPatterns.Letter('A').ToArray();
        for (int i = 0, off = 0; off < offBits; i++)
        {
            if (spins[i] > 0)
            {
                spins[i] = -1;
                off++;
            }
        }

        return spins;
    }

    private static RetrievalExperiment Experiment(GivenCue cue, double noise, int trials) =>
        new(new RetrievalDefinition([new RetrievalPoint(100, 3, noise, 0, double.PositiveInfinity)], AtoC, NeuronCoding.Spin, ZeroTemperature, trials, 1.0, Cue: cue));

    private static PointRecord Run(GivenCue cue, double noise, int trials) => PointRunner.Run(Experiment(cue, noise, trials), seed: 5);
}
