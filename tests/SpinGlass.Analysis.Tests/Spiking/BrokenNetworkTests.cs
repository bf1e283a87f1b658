using SpinGlass.Analysis.Experiments.Spiking;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Randomness;
using SpinGlass.Models.Spiking;
using SpinGlass.Sampling.Spiking;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.Spiking;

/// <summary>
/// The retrieval criterion can fail: the same seeded recalls with the learned weights pass it, and with the weights
/// relabelled at random (the same numbers, no longer tied to the patterns) fail it.
/// </summary>
public sealed class BrokenNetworkTests(ITestOutputHelper output)
{
    private const int N = 1000, P = 5, Recalls = 4;

    [Fact]
    public void Learned_weights_pass_the_retrieval_criterion_and_shuffled_weights_fail_it()
    {
        var learned = Overlaps(weights => weights, NetworkDrive.Default);
        var shuffled = Overlaps(Shuffled, NetworkDrive.Default);
        output.WriteLine($"learned: {string.Join(", ", learned.Select(m => m.ToString("F3")))}");
        output.WriteLine($"shuffled: {string.Join(", ", shuffled.Select(m => m.ToString("F3")))}");
        Assert.True(Retrieves(learned));
        Assert.False(Retrieves(shuffled));
    }

    [Fact]
    public void Without_inhibition_the_activity_is_not_held_at_the_coding_level()
    {
        var held = Rates(NetworkDrive.Default);
        var free = Rates(NetworkDrive.Default with { Inhibition = 0 });
        output.WriteLine($"with inhibition: pattern {held.Inside:F1} Hz, background {held.Outside:F2} Hz; without: pattern {free.Inside:F1} Hz, background {free.Outside:F2} Hz");
        Assert.True(free.Inside > 1.3 * held.Inside, $"{free.Inside} vs {held.Inside}");
    }

    /// <summary>The criterion of the done-when test: the mean overlap of the recalls reaches 0.9.</summary>
    private static bool Retrieves(IEnumerable<double> overlaps) => overlaps.Average() >= 0.9;

    private static double[] Overlaps(Func<SpikingWeights, SpikingWeights> variant, NetworkDrive drive) =>
        [.. Recall(variant, drive).Select(r => r.Overlap)];

    private static (double Inside, double Outside) Rates(NetworkDrive drive)
    {
        var results = Recall(w => w, drive);
        return (results.Average(r => r.RateHz), results.Average(r => r.BackgroundRateHz));
    }

    private static SpikingRecallResult[] Recall(Func<SpikingWeights, SpikingWeights> variant, NetworkDrive drive)
    {
        var results = new SpikingRecallResult[Recalls];
        for (int k = 0; k < Recalls; k++)
        {
            var rng = new Xoshiro256StarStar(100 + (ulong)k);
            var patterns = PatternSet.Random(N, P, rng, bias: 2 * 0.1 - 1);
            var weights = variant(SpikingWeights.From(LearnedNetwork.Learn(patterns, LearningRule.Covariance, new LearningOptions(Activity: 0.1))));
            var cue = new sbyte[N];
            SparseCue.Swap(patterns.Pattern(0), 0.1, rng, cue);
            var network = new SpikingNetwork(weights, NeuronParameters.Default, drive, 0.1, rng);
            results[k] = SpikingRecall.Run(network, patterns, 0, cue, SpikingExperimentTests.Short, 1, false);
        }

        return results;
    }

    /// <summary>The weights with both indices relabelled by one random permutation (w'_ij = w_π(i)π(j), θ'_i = θ_π(i)).</summary>
    private static SpikingWeights Shuffled(SpikingWeights weights)
    {
        var rng = new Xoshiro256StarStar(7);
        var permutation = Enumerable.Range(0, weights.N).ToArray();
        for (int k = permutation.Length - 1; k > 0; k--)
        {
            int pick = rng.NextInt(k + 1);
            (permutation[k], permutation[pick]) = (permutation[pick], permutation[k]);
        }

        var columns = new double[weights.N * weights.N];
        var thresholds = new double[weights.N];
        for (int j = 0; j < weights.N; j++)
        {
            thresholds[j] = weights.Thresholds[permutation[j]];
            for (int i = 0; i < weights.N; i++)
            {
                columns[(j * weights.N) + i] = weights[permutation[i], permutation[j]];
            }
        }

        return new SpikingWeights(weights.N, columns, thresholds);
    }
}
