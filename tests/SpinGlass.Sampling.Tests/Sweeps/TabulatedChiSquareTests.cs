using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;
using SpinGlass.Sampling.Sweeps;
using Xunit.Abstractions;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>
/// Seeded χ² tests of the tabulated Hopfield path (and of permutation order) against the exact Boltzmann distribution of a
/// 10-neuron network (1024 states), and the same test on a table read one cost step off, which must fail.
/// </summary>
/// <remarks>
/// The χ² statistic with k degrees of freedom becomes a z-score by the Wilson–Hilferty cube root (accurate to a few
/// per cent in the tail for k ≥ 10; here k ≈ 100); a case passes below z = 3.29 (p ≈ 5·10⁻⁴, Bonferroni over the six
/// exact cases at a family-wise level of 0.3 %).
/// </remarks>
public sealed class TabulatedChiSquareTests(ITestOutputHelper output)
{
    private const double PassZ = 3.29;
    private const double Beta = 1.2;

    public static TheoryData<UpdateRule, SiteOrder> Cases() => new()
    {
        { UpdateRule.Metropolis, SiteOrder.Random },
        { UpdateRule.Metropolis, SiteOrder.Sequential },
        { UpdateRule.Metropolis, SiteOrder.Permutation },
        { UpdateRule.Glauber, SiteOrder.Random },
        { UpdateRule.Glauber, SiteOrder.Sequential },
        { UpdateRule.Glauber, SiteOrder.Permutation },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_tabulated_sampler_follows_the_exact_Boltzmann_distribution(UpdateRule rule, SiteOrder order)
    {
        var network = Network();
        var counts = Sample(network, (state, rng) =>
        {
            var chain = new MarkovChain(state, new Dynamics(rule, Beta, order), rng);
            Assert.Contains("tabulated acceptance", chain.Engine, StringComparison.Ordinal);
            return chain.Sweep;
        });
        double z = BoltzmannChiSquare.ZScore(counts, BoltzmannChiSquare.Exact(network, Beta));
        output.WriteLine($"{rule} {order}: z = {z:F2}");
        Assert.True(z < PassZ, $"χ² z-score {z:F2} for {rule}, {order}");
    }

    [Theory]
    [InlineData(UpdateRule.Metropolis)]
    [InlineData(UpdateRule.Glauber)]
    public void A_table_read_one_cost_step_off_fails_the_same_test(UpdateRule rule)
    {
        var network = Network();
        var counts = Sample(network, (state, rng) =>
        {
            Assert.True(state.TryGetFlipCostNumeratorRange(out int min, out int max));
            var broken = new IntegerCostThresholds(rule, Beta, state.N, min, max).WithIndexShiftedBy(1);
            return new TabulatedHopfieldSweep(state, broken, SiteOrder.Random, rng).Sweep;
        });
        double z = BoltzmannChiSquare.ZScore(counts, BoltzmannChiSquare.Exact(network, Beta));
        output.WriteLine($"broken {rule}: z = {z:F2}");
        Assert.True(z > PassZ, $"the broken table passed with z = {z:F2} for {rule}");
    }

    private static HopfieldNetwork Network() => new(PatternSet.Random(10, 3, new Xoshiro256StarStar(41)));

    /// <summary>Counts of each configuration over 400 chains from random starts: 200 sweeps, then a sample every 8 sweeps, 100 times.</summary>
    private static long[] Sample(HopfieldNetwork network, Func<HopfieldState, Xoshiro256StarStar, Func<int>> create)
    {
        var counts = new long[1 << network.N];
        for (int c = 0; c < 400; c++)
        {
            var rng = RandomStreams.For(2026, 0, c);
            var state = (HopfieldState)network.CreateState(MarkovChainTests.RandomSpins(network.N, rng));
            var sweep = create(state, rng);
            for (int s = 0; s < 200 + (8 * 100); s++)
            {
                sweep();
                if (s >= 200 && (s - 200) % 8 == 7)
                {
                    counts[BoltzmannChiSquare.IndexOf(state.Spins)]++;
                }
            }
        }

        return counts;
    }
}
