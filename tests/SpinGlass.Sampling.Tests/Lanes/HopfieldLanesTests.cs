using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Lanes;
using SpinGlass.Sampling.Tests.Sweeps;
using Xunit.Abstractions;

namespace SpinGlass.Sampling.Tests.Lanes;

/// <summary>
/// Sixteen Hopfield chains in vector lanes: each lane samples the Boltzmann distribution at its own β (χ² against
/// enumeration, and β × 1.2 fails), the overlaps and energies stay those of the spins, and the AVX-512 sweep makes the
/// scalar loop's states and flips exactly.
/// </summary>
public sealed class HopfieldLanesTests(ITestOutputHelper output)
{
    private static readonly double[] Betas = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 7, 10, 20, double.PositiveInfinity];

    // The χ² lanes: β from 0.2 to 3.2. Higher β mixes between the pattern minima too slowly for a χ² of 40,000 samples;
    // Metropolis at β = 0 flips every visited spin, so its chain has period 2 (those lanes are covered by the exact
    // vector–scalar comparison and the threshold tables' own tests).
    private static readonly double[] SampledBetas = [.. Enumerable.Range(1, HopfieldLanes.Lanes).Select(k => 0.2 * k)];

    [Avx512BWFact]
    public void The_vector_sweep_makes_the_scalar_loops_states_and_flips()
    {
        foreach (var rule in new[] { UpdateRule.Glauber, UpdateRule.Metropolis })
        {
            foreach (var (n, p) in new[] { (37, 7), (64, 2), (101, 1), (200, 24) })
            {
                var patterns = PatternSet.Random(n, p, new Xoshiro256StarStar((ulong)(n + p)));
                var start = patterns.Pattern(0).ToArray();
                var vector = new HopfieldLanes(patterns, rule, Betas, start, new Xoshiro256StarStar(9), vector: true);
                var scalar = new HopfieldLanes(patterns, rule, Betas, start, new Xoshiro256StarStar(9), vector: false);
                Assert.Equal("Vector512", vector.Width);
                for (int sweep = 0; sweep < 20; sweep++)
                {
                    vector.Sweep();
                    scalar.Sweep();
                }

                Assert.Equal(scalar.Flips, vector.Flips);
                Assert.True(vector.Flips > 0);
                for (int lane = 0; lane < HopfieldLanes.Lanes; lane++)
                {
                    for (int i = 0; i < n; i++)
                    {
                        Assert.Equal(scalar.Spin(lane, i), vector.Spin(lane, i));
                    }
                }
            }
        }
    }

    [Fact]
    public void A_lane_runs_the_same_chain_whatever_the_other_lanes_and_whether_its_table_is_shared()
    {
        var patterns = PatternSet.Random(80, 9, new Xoshiro256StarStar(31));
        double[] same = [.. Enumerable.Repeat(Betas[6], HopfieldLanes.Lanes)];
        var mixed = new HopfieldLanes(patterns, UpdateRule.Glauber, Betas, patterns.Pattern(0), new Xoshiro256StarStar(32));
        var shared = new HopfieldLanes(patterns, UpdateRule.Glauber, same, patterns.Pattern(0), new Xoshiro256StarStar(32));
        for (int sweep = 0; sweep < 30; sweep++)
        {
            mixed.Sweep();
            shared.Sweep();
        }

        // lane 6 has β = 1.5 in both; in the second its table is lane 0's
        for (int i = 0; i < patterns.N; i++)
        {
            Assert.Equal(mixed.Spin(6, i), shared.Spin(6, i));
        }

        Assert.NotEqual(mixed.Flips, shared.Flips);
    }

    [Theory]
    [InlineData(UpdateRule.Glauber, true)]
    [InlineData(UpdateRule.Glauber, false)]
    [InlineData(UpdateRule.Metropolis, true)]
    [InlineData(UpdateRule.Metropolis, false)]
    public void Overlaps_and_energies_stay_those_of_the_spins(UpdateRule rule, bool vector)
    {
        if (vector && !Avx512BW.IsSupported)
        {
            vector = false;
        }

        const int N = 150, P = 13;
        var patterns = PatternSet.Random(N, P, new Xoshiro256StarStar(4));
        var network = new HopfieldNetwork(patterns);
        var lanes = new HopfieldLanes(patterns, rule, Betas, patterns.Pattern(2), new Xoshiro256StarStar(5), vector);
        var spins = new sbyte[N];
        for (int round = 0; round < 5; round++)
        {
            lanes.Sweep();
            for (int lane = 0; lane < HopfieldLanes.Lanes; lane++)
            {
                lanes.CopySpins(lane, spins);
                for (int mu = 0; mu < P; mu++)
                {
                    var xi = patterns.Pattern(mu);
                    int m = 0;
                    for (int i = 0; i < N; i++)
                    {
                        m += xi[i] * spins[i];
                    }

                    Assert.Equal(m, lanes.Overlap(lane, mu));
                }

                Assert.Equal(network.Energy(spins), lanes.Energy(lane), 1e-9);
            }
        }

        // β = ∞ never raises the energy; the β = 0 lane flips about half its updates
        Assert.True(lanes.Flips > 0);
    }

    [Theory]
    [InlineData(UpdateRule.Glauber)]
    [InlineData(UpdateRule.Metropolis)]
    public void Every_lane_samples_its_boltzmann_distribution(UpdateRule rule)
    {
        foreach (bool vector in Avx512BW.IsSupported ? new[] { true, false } : [false])
        {
            var z = LaneZScores(rule, vector, sampledScale: 1.0);
            Assert.All(z, value => Assert.InRange(value, -4.5, 4.5));
        }
    }

    [Theory]
    [InlineData(UpdateRule.Glauber)]
    [InlineData(UpdateRule.Metropolis)]
    public void Lanes_run_at_a_beta_off_by_20_percent_fail_the_same_test(UpdateRule rule)
    {
        var z = LaneZScores(rule, Avx512BW.IsSupported, sampledScale: 1.2);

        // every lane from β = 0.6 on must fail clearly (at β = 0.2 a 20 % error moves the weights by little)
        for (int lane = 2; lane < HopfieldLanes.Lanes; lane++)
        {
            Assert.True(z[lane] > 10, $"lane {lane} (β = {SampledBetas[lane]}): z = {z[lane]:F1}");
        }
    }

    /// <summary>χ² z of each lane's sampled configurations (N = 6, p = 2, s and −s pooled) against enumeration at its β.</summary>
    private double[] LaneZScores(UpdateRule rule, bool vector, double sampledScale)
    {
        const int N = 6, Samples = 40_000, Thin = 3;
        var patterns = PatternSet.Random(N, 2, new Xoshiro256StarStar(21));
        var network = new HopfieldNetwork(patterns);
        double[] sampled = [.. SampledBetas.Select(b => b * sampledScale)];
        var lanes = new HopfieldLanes(patterns, rule, sampled, patterns.Pattern(0), new Xoshiro256StarStar(22), vector);
        var counts = new long[HopfieldLanes.Lanes][];
        for (int lane = 0; lane < counts.Length; lane++)
        {
            counts[lane] = new long[1 << N];
        }

        var spins = new sbyte[N];
        for (int sweep = 0; sweep < 100; sweep++)
        {
            lanes.Sweep();
        }

        for (int sample = 0; sample < Samples; sample++)
        {
            for (int t = 0; t < Thin; t++)
            {
                lanes.Sweep();
            }

            for (int lane = 0; lane < HopfieldLanes.Lanes; lane++)
            {
                lanes.CopySpins(lane, spins);
                int index = BoltzmannChiSquare.IndexOf(spins);
                counts[lane][Math.Min(index, (1 << N) - 1 - index)]++;
            }
        }

        var z = new double[HopfieldLanes.Lanes];
        for (int lane = 0; lane < z.Length; lane++)
        {
            double[] exact = BoltzmannChiSquare.Exact(network, SampledBetas[lane]);
            double[] folded = [.. exact.Select((q, index) => index < (1 << (N - 1)) ? q + exact[(1 << N) - 1 - index] : 0)];
            z[lane] = BoltzmannChiSquare.ZScore(counts[lane], folded);
        }

        output.WriteLine($"{rule} {(vector ? "Vector512" : "scalar")} sampled at β × {sampledScale}: z = {string.Join(", ", z.Select(v => v.ToString("F2")))}");
        return z;
    }
}

/// <summary>A fact reported skipped, not passed, on a CPU without AVX-512BW (the vector sweep of <see cref="HopfieldLanes"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class Avx512BWFactAttribute : FactAttribute
{
    public Avx512BWFactAttribute()
    {
        if (!Avx512BW.IsSupported || !Vector512.IsHardwareAccelerated)
        {
            Skip = "needs AVX-512BW (HopfieldLanes' vector sweep)";
        }
    }
}
