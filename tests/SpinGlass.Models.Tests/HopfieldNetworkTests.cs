using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests;

public sealed class HopfieldNetworkTests
{
    [Fact]
    public void Energy_equals_the_overlap_formula_and_the_explicit_Hebbian_double_sum()
    {
        var rng = new Xoshiro256StarStar(8);
        var patterns = PatternSet.Random(37, 6, rng);
        var network = new HopfieldNetwork(patterns);
        int n = patterns.N, p = patterns.P;
        for (int trial = 0; trial < 10; trial++)
        {
            var s = ModelCatalog.RandomSpins(n, rng);
            double doubleSum = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }

                    double jij = 0;
                    for (int mu = 0; mu < p; mu++)
                    {
                        jij += patterns.Pattern(mu)[i] * patterns.Pattern(mu)[j];
                    }

                    doubleSum += jij / n * s[i] * s[j];
                }
            }

            double overlapForm = p / 2.0;
            for (int mu = 0; mu < p; mu++)
            {
                double m = patterns.Overlap(mu, s) / (double)n;
                overlapForm -= n / 2.0 * m * m;
            }

            var state = network.CreateState(s);
            Assert.Equal(-0.5 * doubleSum, network.Energy(s), 10);
            Assert.Equal(overlapForm, state.Energy, 10);
        }
    }

    [Fact]
    public void Binary_energy_equals_Hopfield_1982_energy_in_zero_one_neurons()
    {
        var rng = new Xoshiro256StarStar(21);
        var patterns = PatternSet.Random(23, 4, rng, bias: 0.3);
        var thresholds = Enumerable.Range(0, 23).Select(i => 0.25 * (i % 5) - 0.5).ToArray();
        var network = new HopfieldNetwork(patterns, NeuronCoding.Binary, thresholds);
        var s = ModelCatalog.RandomSpins(23, rng);
        double expected = 0;
        for (int i = 0; i < 23; i++)
        {
            int vi = (1 + s[i]) / 2;
            for (int j = 0; j < 23; j++)
            {
                int tij = 0;
                for (int mu = 0; mu < 4 && i != j; mu++)
                {
                    tij += patterns.Pattern(mu)[i] * patterns.Pattern(mu)[j];
                }

                expected -= 0.5 * tij * vi * (1 + s[j]) / 2;
            }

            expected += thresholds[i] * vi;
        }

        Assert.Equal(expected, network.Energy(s), 10);
        Assert.Equal(expected, network.CreateState(s).Energy, 10);
    }

    [Fact]
    public void Binary_rule_fires_when_the_input_exceeds_the_threshold_and_keeps_the_state_on_equality()
    {
        // Two memories over 3 neurons: V^1 = (1,1,0), V^2 = (1,0,1) → ξ^1 = (+,+,−), ξ^2 = (+,−,+).
        var patterns = new PatternSet(3, new sbyte[] { 1, 1, -1, 1, -1, 1 });
        var network = new HopfieldNetwork(patterns, NeuronCoding.Binary);
        // T_01 = 0, T_02 = 0, T_12 = −2. State V = (0, 1, 0): input to neuron 0 is 0 = U → keep.
        var state = network.CreateState(new sbyte[] { -1, 1, -1 });
        Assert.Equal(0.0, state.LocalField(0));
        // Input to neuron 2 is T_21 V_1 = −2 < 0 → neuron 2 stays off; field negative.
        Assert.True(state.LocalField(2) < 0);
    }
}
