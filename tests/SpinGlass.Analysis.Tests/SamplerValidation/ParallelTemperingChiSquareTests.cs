using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;
using SpinGlass.Sampling.Tempering;
using Xunit.Abstractions;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>
/// Seeded χ² tests of parallel tempering: the configurations found at every temperature of the ladder (right after an
/// exchange round) against the exact Boltzmann distribution, computed by brute force over all 2^N states of a small SK
/// and 2D EA instance; the same test applied to a ladder with a wrong exchange rule must fail.
/// </summary>
public sealed class ParallelTemperingChiSquareTests(ITestOutputHelper output)
{
    // 3 passing cases × 4 temperatures: a family-wise level of about 1 % gives 1e-3 per histogram (Bonferroni).
    private const double PassLevel = 1e-3;
    private const int Ladders = 200;
    private const int Thermalize = 100;
    private const int SamplesPerLadder = 250;
    private const int Thin = 4;
    private static readonly double[] Betas = [2.0, 1.3, 0.8, 0.4];

    public static TheoryData<string, string> Cases() => new()
    {
        { "sk", "metropolis" },
        { "sk", "glauber" },
        { "ea2d", "metropolis" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_temperature_of_the_ladder_follows_the_exact_Boltzmann_distribution(string instance, string rule)
    {
        var model = Instance(instance);
        var counts = Sample<ExactExchange>(model, rule == "glauber" ? UpdateRule.Glauber : UpdateRule.Metropolis, seed: 2026);
        for (int k = 0; k < Betas.Length; k++)
        {
            double p = BoltzmannHistogram.PValue(counts[k], BruteForce.Boltzmann(model.Bonds, Betas[k]));
            output.WriteLine($"{instance} {rule} β={Betas[k]}: p = {p:G4}");
            Assert.True(p > PassLevel, $"χ² p-value {p:G4} for {instance}, {rule}, β = {Betas[k]}");
        }
    }

    [Theory]
    [InlineData("wrong sign in the exponent")]
    [InlineData("every swap accepted")]
    public void A_ladder_with_a_wrong_exchange_rule_fails_the_same_test(string rule)
    {
        var model = Instance("sk");
        var counts = rule == "every swap accepted"
            ? Sample<AlwaysExchange>(model, UpdateRule.Metropolis, seed: 2026)
            : Sample<WrongSignExchange>(model, UpdateRule.Metropolis, seed: 2026);
        double p = BoltzmannHistogram.PValue(counts[0], BruteForce.Boltzmann(model.Bonds, Betas[0]));
        output.WriteLine($"{rule}, coldest β={Betas[0]}: p = {p:G4}");
        Assert.True(p < PassLevel, $"the broken exchange ({rule}) passed with p = {p:G4}");
    }

    private static SparseCouplingModel Instance(string name) => name == "sk"
        ? new SparseCouplingModel(BondList.SherringtonKirkpatrick(8, gaussian: true, new Xoshiro256StarStar(11)), "sk")
        : new SparseCouplingModel(BondList.EdwardsAnderson(2, 3, gaussian: false, new Xoshiro256StarStar(12)), "ea");

    /// <summary>Counts per temperature of each configuration (bit i of the index set where s_i = −1).</summary>
    private static long[][] Sample<TRule>(SparseCouplingModel model, UpdateRule rule, ulong seed)
        where TRule : struct, IExchangeRule
    {
        int n = model.N, k = Betas.Length;
        var counts = new long[k][];
        for (int t = 0; t < k; t++)
        {
            counts[t] = new long[1 << n];
        }

        for (int ladderIndex = 0; ladderIndex < Ladders; ladderIndex++)
        {
            var streams = new Xoshiro256StarStar[k];
            var walkers = new IEnergyState[k];
            for (int w = 0; w < k; w++)
            {
                streams[w] = RandomStreams.For(seed, ladderIndex, w);
                var spins = new sbyte[n];
                for (int i = 0; i < n; i++)
                {
                    spins[i] = streams[w].NextSpin();
                }

                walkers[w] = model.CreateState(spins);
            }

            var ladder = new ParallelTempering(walkers, Betas, rule, streams, RandomStreams.For(seed, ladderIndex, k));
            for (int sweep = 0; sweep < Thermalize; sweep++)
            {
                ladder.Sweep();
                ladder.Exchange<TRule>();
            }

            for (int sample = 0; sample < SamplesPerLadder; sample++)
            {
                for (int sweep = 0; sweep < Thin; sweep++)
                {
                    ladder.Sweep();
                    ladder.Exchange<TRule>();
                }

                for (int t = 0; t < k; t++)
                {
                    counts[t][BruteForce.Index(ladder.At(t).Spins)]++;
                }
            }
        }

        return counts;
    }

    private readonly struct WrongSignExchange : IExchangeRule
    {
        public static bool Accept(double logRatio, Xoshiro256StarStar rng) => ExactExchange.Accept(-logRatio, rng);
    }

    private readonly struct AlwaysExchange : IExchangeRule
    {
        public static bool Accept(double logRatio, Xoshiro256StarStar rng) => true;
    }
}
