using SpinGlass.Analysis.Exact.Enumeration;
using SpinGlass.Analysis.Experiments.SpinGlasses;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Analysis.Tests.Exact.Enumeration;

public sealed class HopfieldMinimaTests
{
    private static PatternSet Patterns(int n, int p, ulong seed) => PatternSet.Random(n, p, new Xoshiro256StarStar(seed));

    [Fact]
    public void Three_stored_patterns_and_their_reverses_are_classified_minima()
    {
        var patterns = Patterns(24, 3, 11);
        var network = new HopfieldNetwork(patterns);
        var solution = ExactSolver.Solve(PairwiseForm.Of(new SourcedModel(network, null, patterns)), [1.0], new ExactOptions(Overlaps: false), patterns);
        var pattern = new sbyte[24];
        for (int mu = 0; mu < 3; mu++)
        {
            patterns.CopyPattern(mu, pattern);
            string plus = new([.. pattern.Select(s => s > 0 ? '+' : '-')]), minus = new([.. pattern.Select(s => s > 0 ? '-' : '+')]);
            var stored = Assert.Single(solution.Minima, m => m.State == plus);
            Assert.Equal(("pattern", $"xi{mu + 1}"), (stored.Class, stored.Label));
            Assert.Equal(network.Energy(pattern), stored.Energy, 12);
            var reversed = Assert.Single(solution.Minima, m => m.State == minus);
            Assert.Equal(("reversed", $"-xi{mu + 1}"), (reversed.Class, reversed.Label));
        }

        // every minimum the classifier calls a mixture is the sign of its signed sum
        Assert.All(solution.Minima.Where(m => m.Class == "mixture"), m => Assert.Equal(3, m.Label.Count(c => c == 'x')));
        Assert.Equal(solution.LocalMinimaCount, solution.Minima.Count);
        Assert.All(solution.Minima.Where(m => m.Ground), m => Assert.Equal(solution.GroundEnergy, m.Energy, 12));
    }

    [Fact]
    public void The_pairwise_form_of_binary_neurons_reproduces_the_network_energy_including_the_constant()
    {
        var patterns = Patterns(10, 2, 5);
        var network = new HopfieldNetwork(patterns, NeuronCoding.Binary, [.. Enumerable.Range(0, 10).Select(i => 0.5 * (i % 3))]);
        var form = PairwiseForm.Of(new SourcedModel(network, null, patterns));
        var rng = new Xoshiro256StarStar(9);
        var spins = new sbyte[10];
        for (int probe = 0; probe < 100; probe++)
        {
            for (int i = 0; i < spins.Length; i++)
            {
                spins[i] = rng.NextSpin();
            }

            Assert.Equal(network.Energy(spins), form.Energy(spins), 10);
        }
    }

    [Fact]
    public void A_dense_memory_is_refused_as_not_pairwise()
    {
        var patterns = Patterns(8, 2, 3);
        var dense = new DenseAssociativeMemory(patterns, Interaction.Polynomial, 3);
        var error = Assert.Throws<ArgumentException>(() => PairwiseForm.Of(new SourcedModel(dense, null, patterns)));
        Assert.Contains("not a pairwise energy", error.Message, StringComparison.Ordinal);
    }
}
