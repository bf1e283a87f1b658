using System.Diagnostics;
using SpinGlass.Models;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Tempering;
using Xunit.Abstractions;

namespace SpinGlass.Sampling.Tests.Tempering;

public sealed class ParallelTemperingTests(ITestOutputHelper output)
{
    private static readonly double[] Betas = [1.2, 0.9, 0.6];

    [Fact]
    public void An_exchange_swaps_temperatures_and_leaves_every_configuration_with_its_walker()
    {
        var ladder = Ladder(BondList.EdwardsAnderson(2, 4, gaussian: false, new Xoshiro256StarStar(1)), seed: 3);
        var before = Enumerable.Range(0, 3).Select(w => ladder.At(w).Spins.ToArray()).ToArray();
        int swaps = 0;
        for (int round = 0; round < 50 && swaps == 0; round++)
        {
            swaps += ladder.Exchange();
        }

        Assert.True(swaps > 0);
        Assert.Equal(Enumerable.Range(0, 3).Order(), Enumerable.Range(0, 3).Select(ladder.WalkerAt).Order());
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(before[ladder.WalkerAt(k)], ladder.At(k).Spins.ToArray());
        }
    }

    [Fact]
    public void The_exact_rule_accepts_every_downhill_swap_and_the_others_with_probability_e_to_the_delta()
    {
        var rng = new Xoshiro256StarStar(5);
        Assert.True(ExactExchange.Accept(0, rng));
        Assert.True(ExactExchange.Accept(3, rng));
        int accepted = 0;
        for (int i = 0; i < 20000; i++)
        {
            accepted += ExactExchange.Accept(-1, rng) ? 1 : 0;
        }

        Assert.InRange(accepted / 20000.0, Math.Exp(-1) - 0.015, Math.Exp(-1) + 0.015);
        Assert.False(ExactExchange.Accept(double.NegativeInfinity, rng));
    }

    [Fact]
    public void A_seeded_ladder_repeats_itself_and_counts_rates_and_round_trips()
    {
        var bonds = BondList.SherringtonKirkpatrick(12, gaussian: true, new Xoshiro256StarStar(2));
        var a = Ladder(bonds, seed: 9);
        var b = Ladder(bonds, seed: 9);
        var protocol = new TemperingProtocol(10, 400);
        var energies = new List<double>();
        protocol.Run([a], () => energies.Add(a.At(0).Energy));
        int k = 0;
        protocol.Run([b], () => Assert.Equal(energies[k++], b.At(0).Energy));
        Assert.Equal(410, a.Attempted(0));
        Assert.InRange(a.ExchangeRate(0), 0.05, 1);
        Assert.True(a.RoundTrips > 0);
        Assert.Equal(a.RoundTrips, b.RoundTrips);
    }

    [Fact]
    public void The_overlap_is_exact_at_every_length()
    {
        var rng = new Xoshiro256StarStar(4);
        foreach (int n in new[] { 1, 31, 32, 33, 100, 1000 })
        {
            var x = Enumerable.Range(0, n).Select(_ => rng.NextSpin()).ToArray();
            var y = Enumerable.Range(0, n).Select(_ => rng.NextSpin()).ToArray();
            Assert.Equal(x.Zip(y, (s, t) => s * t).Sum(), ReplicaOverlap.Sum(x, y));
            Assert.Equal(n, ReplicaOverlap.Sum(x, x));
        }
    }

    [Fact]
    public void Exchanges_and_overlaps_cost_a_few_percent_of_the_sweeps()
    {
        // interleaved timing of the two parts on the same ladders, so machine load affects both alike
        var bonds = BondList.EdwardsAnderson(3, 6, gaussian: false, new Xoshiro256StarStar(7));
        var ladders = new[] { Ladder(bonds, seed: 1, k: 12), Ladder(bonds, seed: 2, k: 12) };
        long histogram = 0;
        var fractions = new List<double>();
        for (int block = 0; block < 15; block++)
        {
            long sweeping = 0, bookkeeping = 0;
            for (int sweep = 0; sweep < 100; sweep++)
            {
                long start = Stopwatch.GetTimestamp();
                ladders[0].Sweep();
                ladders[1].Sweep();
                long middle = Stopwatch.GetTimestamp();
                ladders[0].Exchange();
                ladders[1].Exchange();
                for (int t = 0; t < 12; t++)
                {
                    histogram += ReplicaOverlap.Sum(ladders[0].At(t).Spins, ladders[1].At(t).Spins) + (long)(ladders[0].At(t).Energy + ladders[1].At(t).Energy);
                }

                long end = Stopwatch.GetTimestamp();
                sweeping += middle - start;
                bookkeeping += end - middle;
            }

            // the first blocks run before the JIT's tiered recompilation of the bookkeeping
            if (block >= 5)
            {
                fractions.Add((double)bookkeeping / sweeping);
            }
        }

        double fraction = fractions.Order().ElementAt(fractions.Count / 2);
        output.WriteLine($"exchanges + overlaps + energies: {100 * fraction:F2} % of the sweep time, median of 10 blocks (EA 3D L = 6, 12 temperatures, 2 replicas; {histogram})");
        Assert.InRange(fraction, 0, 0.05);
    }

    private static ParallelTempering Ladder(BondList bonds, ulong seed, int k = 3)
    {
        var model = new SparseCouplingModel(bonds);
        double[] betas = k == 3 ? Betas : [.. Enumerable.Range(0, k).Select(t => 1 / (0.9 + (0.1 * t)))];
        var streams = Enumerable.Range(0, k).Select(w => RandomStreams.For(seed, 0, w)).ToArray();
        var walkers = streams.Select(s => (IEnergyState)model.CreateState([.. Enumerable.Range(0, model.N).Select(_ => s.NextSpin())])).ToArray();
        return new ParallelTempering(walkers, betas, UpdateRule.Metropolis, streams, RandomStreams.For(seed, 1, 0));
    }
}
