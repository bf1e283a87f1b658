using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Learning;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Learning;

public sealed class LearnedNetworkTests
{
    public static TheoryData<LearningRule, CouplingPath> RulesAndPaths => new()
    {
        { LearningRule.Hebb, CouplingPath.Overlaps },
        { LearningRule.Hebb, CouplingPath.Matrix },
        { LearningRule.PseudoInverse, CouplingPath.Overlaps },
        { LearningRule.PseudoInverse, CouplingPath.Matrix },
        { LearningRule.Covariance, CouplingPath.Overlaps },
        { LearningRule.Covariance, CouplingPath.Matrix },
        { LearningRule.Storkey, CouplingPath.Matrix },
    };

    [Fact]
    public void Hebb_couplings_are_the_pattern_correlations_over_n_and_the_energy_is_the_integer_networks()
    {
        var patterns = PatternSet.Random(40, 6, new Xoshiro256StarStar(1));
        var learned = LearnedNetwork.Learn(patterns, LearningRule.Hebb);
        var hebb = new HopfieldNetwork(patterns);
        for (int i = 0; i < 40; i++)
        {
            for (int j = 0; j < 40; j++)
            {
                double expected = 0;
                for (int mu = 0; mu < 6; mu++)
                {
                    expected += patterns.Pattern(mu)[i] * patterns.Pattern(mu)[j];
                }

                Assert.Equal(expected / 40, learned.Coupling(i, j), 12);
            }
        }

        var rng = new Xoshiro256StarStar(2);
        for (int k = 0; k < 20; k++)
        {
            var spins = RandomSpins(40, rng);
            Assert.Equal(hebb.Energy(spins), learned.Energy(spins), 9);
        }
    }

    [Theory]
    [MemberData(nameof(RulesAndPaths))]
    public void Flip_costs_are_exact_energy_differences_and_fields_follow_the_couplings_through_any_number_of_flips(LearningRule rule, CouplingPath path)
    {
        int n = 30;
        var rng = new Xoshiro256StarStar(7);
        var patterns = PatternSet.Random(n, 8, rng, bias: rule == LearningRule.Covariance ? -0.6 : 0);
        var network = LearnedNetwork.Learn(patterns, rule, new LearningOptions(Activity: rule == LearningRule.Covariance ? 0.2 : null, Path: path));
        Assert.Equal(path, network.Path);
        var state = network.CreateState(RandomSpins(n, rng));
        for (int step = 0; step < 300; step++)
        {
            int i = rng.NextInt(n);
            var spins = state.Spins.ToArray();
            double before = network.Energy(spins);
            Assert.Equal(before, state.Energy, 8);
            double field = network.Field(i);
            for (int j = 0; j < n; j++)
            {
                field += j == i ? 0 : network.Coupling(i, j) * spins[j];
            }

            Assert.Equal(field, state.LocalField(i), 9);
            double cost = state.FlipCost(i);
            state.Flip(i);
            Assert.Equal(network.Energy(state.Spins), before + cost, 8);
            for (int mu = 0; mu < patterns.P; mu++)
            {
                Assert.Equal(patterns.Overlap(mu, state.Spins), ((LearnedNetworkState)state).Overlaps[mu]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(RulesAndPaths))]
    public void Couplings_are_symmetric(LearningRule rule, CouplingPath path)
    {
        var patterns = PatternSet.Random(25, 5, new Xoshiro256StarStar(3));
        var network = LearnedNetwork.Learn(patterns, rule, new LearningOptions(Path: path));
        for (int i = 0; i < 25; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Assert.Equal(network.Coupling(i, j), network.Coupling(j, i), 12);
            }
        }
    }

    [Fact]
    public void The_pseudo_inverse_projects_every_pattern_onto_itself_up_to_p_close_to_n()
    {
        // with the diagonal, J ξ^μ = ξ^μ exactly (J is the projector on the patterns' span); without it, h_i = (1 − J_ii) ξ_i
        var patterns = PatternSet.Random(100, 90, new Xoshiro256StarStar(11));
        var network = LearnedNetwork.Learn(patterns, LearningRule.PseudoInverse, new LearningOptions(SelfCoupling: true));
        for (int mu = 0; mu < 90; mu += 7)
        {
            var state = network.CreateState(patterns.Pattern(mu));
            for (int i = 0; i < 100; i++)
            {
                Assert.Equal(patterns.Pattern(mu)[i], state.LocalField(i), 9);
            }
        }

        // the trace of a projector is its rank
        double trace = Enumerable.Range(0, 100).Sum(i => network.Coupling(i, i));
        Assert.Equal(90, trace, 8);
    }

    [Fact]
    public void The_pseudo_inverse_of_dependent_patterns_is_the_projector_on_their_span()
    {
        // a repeat and a reversed copy add nothing to the span: J is the projector of rank 2, every stored pattern is reproduced
        var rng = new Xoshiro256StarStar(5);
        var data = new sbyte[4 * 20];
        var first = RandomSpins(20, rng);
        var second = RandomSpins(20, rng);
        first.CopyTo(data.AsSpan(0, 20));
        second.CopyTo(data.AsSpan(20, 20));
        first.CopyTo(data.AsSpan(40, 20));
        for (int i = 0; i < 20; i++)
        {
            data[60 + i] = (sbyte)-second[i];
        }

        var patterns = new PatternSet(20, data);
        var network = LearnedNetwork.Learn(patterns, LearningRule.PseudoInverse, new LearningOptions(SelfCoupling: true));
        Assert.Equal(2, Enumerable.Range(0, 20).Sum(i => network.Coupling(i, i)), 9);
        for (int mu = 0; mu < 4; mu++)
        {
            var state = network.CreateState(patterns.Pattern(mu));
            for (int i = 0; i < 20; i++)
            {
                Assert.Equal(patterns.Pattern(mu)[i], state.LocalField(i), 9);
            }
        }

        // p ≥ N: the patterns span everything, J = 1 (with the diagonal), and learning does not fail
        var full = LearnedNetwork.Learn(PatternSet.Random(10, 14, rng), LearningRule.PseudoInverse, new LearningOptions(SelfCoupling: true));
        for (int i = 0; i < 10; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                Assert.Equal(i == j ? 1 : 0, full.Coupling(i, j), 8);
            }
        }
    }

    [Fact]
    public void Storkey_after_one_pattern_is_hebb_and_after_two_matches_the_textbook_increment()
    {
        int n = 12;
        var patterns = PatternSet.Random(n, 2, new Xoshiro256StarStar(9));
        var one = LearnedNetwork.Learn(new PatternSet(n, patterns.Pattern(0)), LearningRule.Storkey);
        var a = patterns.Pattern(0).ToArray();
        var b = patterns.Pattern(1).ToArray();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(i == j ? 1.0 / n : a[i] * a[j] / (double)n, one.Coupling(i, j), 12);
            }
        }

        var two = LearnedNetwork.Learn(patterns, LearningRule.Storkey);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                // h_ij = Σ_{k≠i,j} w_ik ξ_k with w the first pattern's Hebb couplings (zero diagonal)
                double hij = 0, hji = 0;
                for (int k = 0; k < n; k++)
                {
                    hij += k == i || k == j ? 0 : a[i] * a[k] / (double)n * b[k];
                    hji += k == i || k == j ? 0 : a[j] * a[k] / (double)n * b[k];
                }

                double expected = a[i] * a[j] / (double)n + (b[i] * b[j] - b[i] * hji - hij * b[j]) / n;
                Assert.Equal(expected, two.Coupling(i, j), 12);
            }
        }
    }

    [Fact]
    public void The_covariance_rule_with_01_neurons_is_the_spin_model_it_is_written_as()
    {
        // E(V) = −½ Σ_{i≠j} w_ij V_i V_j + θ Σ V_i differs from the spin energy by a constant
        int n = 20;
        double a = 0.25;
        var rng = new Xoshiro256StarStar(4);
        var patterns = PatternSet.Random(n, 4, rng, bias: 2 * a - 1);
        var network = LearnedNetwork.Learn(patterns, LearningRule.Covariance, new LearningOptions(Activity: a));
        Assert.Equal(0.5 - a, network.Threshold!.Value, 12);
        double? offset = null;
        for (int k = 0; k < 30; k++)
        {
            var spins = RandomSpins(n, rng);
            double energy = 0;
            for (int i = 0; i < n; i++)
            {
                double vi = (1 + spins[i]) / 2;
                energy += network.Threshold.Value * vi;
                for (int j = 0; j < n; j++)
                {
                    if (j != i)
                    {
                        double w = 0;
                        for (int mu = 0; mu < 4; mu++)
                        {
                            w += ((1 + patterns.Pattern(mu)[i]) / 2 - a) * ((1 + patterns.Pattern(mu)[j]) / 2 - a);
                        }

                        energy -= 0.5 * w / (n * a * (1 - a)) * vi * (1 + spins[j]) / 2;
                    }
                }
            }

            offset ??= energy - network.Energy(spins);
            Assert.Equal(offset.Value, energy - network.Energy(spins), 9);
        }
    }

    [Fact]
    public void Self_coupling_changes_the_field_but_never_the_flip_cost()
    {
        var patterns = PatternSet.Random(30, 10, new Xoshiro256StarStar(8));
        var plain = LearnedNetwork.Learn(patterns, LearningRule.Hebb).CreateState(patterns.Pattern(1));
        var self = LearnedNetwork.Learn(patterns, LearningRule.Hebb, new LearningOptions(SelfCoupling: true)).CreateState(patterns.Pattern(1));
        for (int i = 0; i < 30; i++)
        {
            Assert.Equal(plain.FlipCost(i), self.FlipCost(i), 12);
            Assert.Equal(plain.LocalField(i) + 10.0 / 30 * patterns.Pattern(1)[i], self.LocalField(i), 12);
        }
    }

    private static sbyte[] RandomSpins(int n, Xoshiro256StarStar rng)
    {
        var spins = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            spins[i] = rng.NextSpin();
        }

        return spins;
    }
}
