using SpinGlass.Models;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Lattice;
using SpinGlass.Sampling.Statistics;
using SpinGlass.Sampling.Tests.Sweeps;
using Xunit.Abstractions;

namespace SpinGlass.Sampling.Tests.Lattice;

/// <summary>
/// The simple cubic multispin sampler: its layout against site-by-site references, its distribution against exact
/// enumeration (χ², with a β mis-scaled by 20 % that must fail the same test), and its mean energy against the generic chain.
/// </summary>
public sealed class SimpleCubicIsingMultispinTests(ITestOutputHelper output)
{
    // A correct sampler gives z ≈ N(0, 1); 4 is far in the tail for the six passing cases.
    private const double ZLimit = 4;

    private static readonly Lazy<long[]> StatesL3 = new(DensityOfStatesL3);

    public static TheoryData<int> Sizes() => [2, 3, 4, 6, 8, 9, 10, 16, 24, 32, 64, 96, 128];

    public static TheoryData<int, double, MultispinKernel> Kernels() => new()
    {
        { 2, 1.0, MultispinKernel.Words },
        { 3, 1.0, MultispinKernel.Words },
        { 3, -0.5, MultispinKernel.Words },
        { 4, -1.0, MultispinKernel.Words },
        { 6, 1.0, MultispinKernel.Words },
        { 8, 1.0, MultispinKernel.Words },
        { 8, 1.0, MultispinKernel.Automatic },
        { 9, 1.0, MultispinKernel.Words },
        { 10, 1.0, MultispinKernel.Words },
        { 16, -1.0, MultispinKernel.Automatic },
        { 24, 1.0, MultispinKernel.Automatic },
        { 64, 1.0, MultispinKernel.Automatic },
        { 64, 1.0, MultispinKernel.Words },
        { 72, 0.5, MultispinKernel.Automatic },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Spins_round_trip_through_the_bit_planes(int l)
    {
        var rng = new Xoshiro256StarStar(5);
        var spins = SquareIsingMultispinTests.RandomSpins(l * l * l, rng);
        var sampler = new SimpleCubicIsingMultispin(l, 0.2, rng);
        sampler.SetSpins(spins);
        var copy = new sbyte[spins.Length];
        sampler.CopySpinsTo(copy);
        Assert.Equal(spins, copy);
        Assert.Equal(spins.Sum(s => (long)s), sampler.Magnetisation);
        if (l <= 96)
        {
            var state = (IsingLatticeState)new IsingLattice(LatticeKind.Cubic, l).CreateState(spins);
            Assert.Equal(state.BondSum, sampler.BondSum);
        }
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Bond_sum_and_magnetisation_match_a_recount_after_sweeps(int l, double j, MultispinKernel kernel)
    {
        var rng = new Xoshiro256StarStar(11);
        var model = new IsingLattice(LatticeKind.Cubic, l, j);
        var sampler = new SimpleCubicIsingMultispin(l, 0.22 / Math.Abs(j), rng, j, kernel);
        sampler.SetSpins(SquareIsingMultispinTests.RandomSpins(model.N, rng));
        var spins = new sbyte[model.N];
        long flips = 0;
        for (int sweep = 0; sweep < 4; sweep++)
        {
            flips += sampler.Sweep();
            sampler.CopySpinsTo(spins);
            var state = (IsingLatticeState)model.CreateState(spins);
            Assert.Equal(state.BondSum, sampler.BondSum);
            Assert.Equal(state.Magnetisation, sampler.Magnetisation);
            Assert.Equal(state.Energy, sampler.Energy, 9);
        }

        Assert.Equal(flips, sampler.Flips);
        Assert.Equal(4, sampler.Sweeps);
        Assert.Equal(4L * model.N, sampler.Attempts);
    }

    /// <summary>
    /// At β = ∞ a sweep is deterministic (a site flips exactly when ΔE ≤ 0, u ≥ 3 unsatisfied bonds), so every kernel
    /// must reproduce a site-by-site sweep over the colour classes through <see cref="IsingLattice"/>'s neighbour table.
    /// </summary>
    [Theory]
    [MemberData(nameof(Kernels))]
    public void At_infinite_beta_every_kernel_matches_a_site_by_site_sweep(int l, double j, MultispinKernel kernel)
    {
        var rng = new Xoshiro256StarStar(17);
        var model = new IsingLattice(LatticeKind.Cubic, l, j);
        var expected = SquareIsingMultispinTests.RandomSpins(model.N, rng);
        var sampler = new SimpleCubicIsingMultispin(l, double.PositiveInfinity, rng, j, kernel);
        sampler.SetSpins(expected);
        var actual = new sbyte[model.N];
        for (int sweep = 0; sweep < 3; sweep++)
        {
            int flips = ZeroTemperatureSweep(model, expected, sampler.Colours);
            Assert.Equal(flips, sampler.Sweep());
            sampler.CopySpinsTo(actual);
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(16)]
    public void Zero_beta_flips_every_spin(int l)
    {
        var rng = new Xoshiro256StarStar(8);
        var hot = new SimpleCubicIsingMultispin(l, 0, rng);
        hot.SetSpins(SquareIsingMultispinTests.RandomSpins(l * l * l, rng));
        long m = hot.Magnetisation;
        Assert.Equal(l * l * l, hot.Sweep());
        Assert.Equal(-m, hot.Magnetisation);
    }

    [BothVectorKernelsFact]
    public void The_two_vector_kernels_draw_the_same_chain()
    {
        var rng = new Xoshiro256StarStar(21);
        var start = SquareIsingMultispinTests.RandomSpins(32 * 32 * 32, rng);
        var wide = new SimpleCubicIsingMultispin(32, 0.22, rng.Clone(), kernel: MultispinKernel.Vector512);
        var narrow = new SimpleCubicIsingMultispin(32, 0.22, rng, kernel: MultispinKernel.Vector256);
        wide.SetSpins(start);
        narrow.SetSpins(start);
        for (int sweep = 0; sweep < 10; sweep++)
        {
            Assert.Equal(wide.Sweep(), narrow.Sweep());
        }

        Assert.Equal(wide.BondSum, narrow.BondSum);
        Assert.Equal(wide.Magnetisation, narrow.Magnetisation);
    }

    [Fact]
    public void Results_depend_only_on_the_seed_and_the_engine_names_the_kernel()
    {
        var first = new SimpleCubicIsingMultispin(16, 0.22, new Xoshiro256StarStar(3));
        var second = new SimpleCubicIsingMultispin(16, 0.22, new Xoshiro256StarStar(3));
        for (int sweep = 0; sweep < 3; sweep++)
        {
            Assert.Equal(first.Sweep(), second.Sweep());
        }

        Assert.Equal(first.BondSum, second.BondSum);
        Assert.StartsWith("simple cubic multispin metropolis: ", first.Engine, StringComparison.Ordinal);
        Assert.Equal(
            "simple cubic multispin metropolis: " + first.Kernel switch
            {
                MultispinKernel.Vector512 => "Vector512 blocks; 16 xoroshiro128++ lane streams",
                MultispinKernel.Vector256 => "2×Vector256 blocks; 16 xoroshiro128++ lane streams",
                _ => "64-bit words; xoshiro256**",
            },
            first.Engine);
        Assert.Equal(
            "simple cubic multispin metropolis: 3 colour classes, gathered 64-bit words; xoshiro256**",
            new SimpleCubicIsingMultispin(3, 0.2, new Xoshiro256StarStar(1)).Engine);
        Assert.Equal(
            "simple cubic multispin metropolis: 64-bit words; xoshiro256**",
            new SimpleCubicIsingMultispin(6, 0.2, new Xoshiro256StarStar(1)).Engine);
    }

    [Fact]
    public void Unsupported_sides_and_impossible_kernels_are_refused()
    {
        foreach (int l in new[] { 1, 5, 7, 65, 130, 69 })
        {
            var e = Assert.Throws<ArgumentException>(() => new SimpleCubicIsingMultispin(l, 0.2, new Xoshiro256StarStar(1)));
            Assert.Contains($"L = {l}", e.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentException>(() => new SimpleCubicIsingMultispin(6, 0.2, new Xoshiro256StarStar(1), kernel: MultispinKernel.Vector512));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimpleCubicIsingMultispin(8, -1, new Xoshiro256StarStar(1)));
        Assert.Null(SimpleCubicIsingMultispin.TryCreate(
            new IsingLattice(LatticeKind.Cubic, 8), new Dynamics(UpdateRule.Metropolis, 0.2, SiteOrder.Random), new Xoshiro256StarStar(1)));
        Assert.Null(SimpleCubicIsingMultispin.TryCreate(
            new IsingLattice(LatticeKind.Cubic, 8, h: 0.1), new Dynamics(UpdateRule.Metropolis, 0.2, SiteOrder.Checkerboard), new Xoshiro256StarStar(1)));
        Assert.NotNull(SimpleCubicIsingMultispin.TryCreate(
            new IsingLattice(LatticeKind.Cubic, 8), new Dynamics(UpdateRule.Metropolis, 0.2, SiteOrder.Checkerboard), new Xoshiro256StarStar(1)));
    }

    /// <summary>L = 2: the 128 configuration pairs {s, −s} against exact enumeration (J &lt; 0 included).</summary>
    [Theory]
    [InlineData(1 / 4.5115, 1.0)]
    [InlineData(0.35, 1.0)]
    [InlineData(0.3, -0.8)]
    public void Configurations_at_L2_follow_the_exact_Boltzmann_distribution(double beta, double j) =>
        Assert.True(ConfigurationZ(beta, beta, j) < ZLimit);

    [Fact]
    public void At_L2_a_sampler_with_beta_mis_scaled_by_20_percent_fails_the_same_test() =>
        Assert.False(ConfigurationZ(0.35, 1.2 * 0.35, 1.0) < ZLimit);

    /// <summary>L = 3 (three colour classes): the bond-sum distribution against the exact density of states of 2²⁷ configurations.</summary>
    [Theory]
    [InlineData(1 / 4.5115, 1.0)]
    [InlineData(0.3, 1.0)]
    [InlineData(0.2, -1.0)]
    public void Energies_at_L3_follow_the_exact_distribution(double beta, double j) =>
        Assert.True(EnergyZ(beta, beta, j) < ZLimit);

    [Fact]
    public void At_L3_a_sampler_with_beta_mis_scaled_by_20_percent_fails_the_same_test() =>
        Assert.False(EnergyZ(1 / 4.5115, 1.2 / 4.5115, 1.0) < ZLimit);

    [BothVectorKernelsFact]
    public void Vector512_draws_flip_each_class_with_its_Metropolis_probability() =>
        AssertClassFrequencies(MultispinKernel.Vector512, 1 / 4.5115, 1 / 4.5115);

    [Avx2Fact]
    public void Vector256_draws_flip_each_class_with_its_Metropolis_probability() =>
        AssertClassFrequencies(MultispinKernel.Vector256, 1 / 4.5115, 1 / 4.5115);

    [Avx2Fact]
    public void The_class_test_fails_for_draws_at_beta_mis_scaled_by_20_percent() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertClassFrequencies(MultispinKernel.Vector256, 1.2 / 4.5115, 1 / 4.5115));

    /// <summary>
    /// The vector kernels' draws on their own: the even sublattice all up against a fixed odd sublattice (each odd spin
    /// down with probability 0.3), one sweep from that state, 120 times. The even sites are updated first, against the
    /// starting odd spins, and not again, so an even site with u = 2, 1, 0 down neighbours must have flipped with
    /// e^{−4β}, e^{−8β}, e^{−12β} at <paramref name="expectedBeta"/> (within 5σ per class), one with u ≥ 3 always; the
    /// sampler runs at <paramref name="drawBeta"/>.
    /// </summary>
    private void AssertClassFrequencies(MultispinKernel kernel, double drawBeta, double expectedBeta)
    {
        const int l = 32;
        var model = new IsingLattice(LatticeKind.Cubic, l);
        var rng = new Xoshiro256StarStar(4242);
        var start = new sbyte[model.N];
        var unsatisfied = new int[model.N];
        ReadOnlySpan<int> neighbours = model.Neighbours;
        for (int i = 0; i < model.N; i++)
        {
            int x = i % l, y = i / l % l, z = i / (l * l);
            start[i] = ((x + y + z) & 1) == 0 || rng.NextDouble() >= 0.3 ? (sbyte)1 : (sbyte)-1;
        }

        for (int i = 0; i < model.N; i++)
        {
            for (int k = 0; k < 6; k++)
            {
                unsatisfied[i] += start[i] != start[neighbours[(6 * i) + k]] ? 1 : 0;
            }
        }

        var sampler = new SimpleCubicIsingMultispin(l, drawBeta, rng, kernel: kernel);
        var after = new sbyte[model.N];
        long[] trials = new long[3], flips = new long[3];
        for (int repeat = 0; repeat < 120; repeat++)
        {
            sampler.SetSpins(start);
            sampler.Sweep();
            sampler.CopySpinsTo(after);
            for (int i = 0; i < model.N; i++)
            {
                int x = i % l, y = i / l % l, z = i / (l * l);
                if (((x + y + z) & 1) != 0)
                {
                    continue;
                }

                int u = unsatisfied[i];
                bool flipped = after[i] != start[i];
                if (u >= 3)
                {
                    Assert.True(flipped, $"site {i} with u = {u} did not flip");
                    continue;
                }

                trials[u]++;
                flips[u] += flipped ? 1 : 0;
            }
        }

        for (int u = 0; u < 3; u++)
        {
            double q = Math.Exp(-4 * (3 - u) * expectedBeta);
            double z = (flips[u] - (trials[u] * q)) / Math.Sqrt(trials[u] * q * (1 - q));
            output.WriteLine($"{kernel}, u = {u}: {flips[u]} flips of {trials[u]}, p = {q:F5}, z = {z:F2}");
            Assert.True(Math.Abs(z) < 5, $"u = {u}: {flips[u]} flips of {trials[u]}, p = {q}, z = {z:F2}");
        }
    }

    /// <summary>L = 16 at T = 5: the mean energy per spin of the multispin sampler and of the generic Metropolis chain agree.</summary>
    [Fact]
    public void The_mean_energy_at_L16_agrees_with_the_generic_chain()
    {
        const int l = 16, thermalize = 300;
        double beta = 1 / 5.0;
        var model = new IsingLattice(LatticeKind.Cubic, l);
        var rng = new Xoshiro256StarStar(2718);
        var fast = new SimpleCubicIsingMultispin(l, beta, rng);
        fast.SetSpins(SquareIsingMultispinTests.RandomSpins(model.N, rng));
        var state = (IsingLatticeState)model.CreateState(SquareIsingMultispinTests.RandomSpins(model.N, rng));
        var generic = new MarkovChain(state, new Dynamics(UpdateRule.Metropolis, beta, SiteOrder.Sequential), rng);
        var a = Measure(fast, () => fast.Energy, thermalize, 40_000, model.N);
        var b = Measure(generic, () => state.Energy, thermalize, 6_000, model.N);
        double z = (a.Mean - b.Mean) / Math.Sqrt((a.Error * a.Error) + (b.Error * b.Error));
        output.WriteLine($"L = 16, T = 5: multispin e = {a.Mean:F5} ± {a.Error:F5} (τ {a.TauInt:F1}), generic {b.Mean:F5} ± {b.Error:F5} (τ {b.TauInt:F1}), z = {z:F2}");
        Assert.True(a.Converged && b.Converged);
        Assert.True(Math.Abs(z) < ZLimit, $"z = {z}");
    }

    private static SeriesEstimate Measure(ISweepable chain, Func<double> energy, int thermalize, int sweeps, int n)
    {
        for (int sweep = 0; sweep < thermalize; sweep++)
        {
            chain.Sweep();
        }

        var series = new BinningAccumulator();
        for (int sweep = 0; sweep < sweeps; sweep++)
        {
            chain.Sweep();
            series.Add(energy() / n);
        }

        return series.Analyze();
    }

    private double ConfigurationZ(double beta, double sampledBeta, double j)
    {
        var model = new IsingLattice(LatticeKind.Cubic, 2, j);
        var counts = new long[256];
        var spins = new sbyte[8];
        Run(2, sampledBeta, j, (sampler, _) =>
        {
            sampler.CopySpinsTo(spins);
            int index = BoltzmannChiSquare.IndexOf(spins);
            counts[Math.Min(index, 255 - index)]++;
        });

        // s and −s are equally likely at h = 0: pooling them keeps the slow tunnelling between the two ordered states
        // out of the classes, so the samples of a chain are close to independent.
        double[] exact = BoltzmannChiSquare.Exact(model, beta);
        double[] folded = [.. exact.Select((p, index) => index < 128 ? p + exact[255 - index] : 0)];
        double z = BoltzmannChiSquare.ZScore(counts, folded);
        output.WriteLine($"L = 2, β = {beta}, J = {j}, sampled at β = {sampledBeta}: χ² z = {z:F2}");
        return z;
    }

    private double EnergyZ(double beta, double sampledBeta, double j)
    {
        long[] states = StatesL3.Value;
        var counts = new long[states.Length];
        Run(3, sampledBeta, j, (sampler, _) => counts[(81 - sampler.BondSum) / 2]++);

        // P(B) ∝ g(B) e^{βJB}, B = 81 − 2u for u anti-aligned bonds
        var weights = new double[states.Length];
        double top = double.NegativeInfinity;
        for (int u = 0; u < states.Length; u++)
        {
            top = states[u] > 0 ? Math.Max(top, beta * j * (81 - (2 * u))) : top;
        }

        for (int u = 0; u < states.Length; u++)
        {
            weights[u] = states[u] * Math.Exp((beta * j * (81 - (2 * u))) - top);
        }

        double total = weights.Sum();
        double z = BoltzmannChiSquare.ZScore(counts, [.. weights.Select(w => w / total)]);
        output.WriteLine($"L = 3, β = {beta}, J = {j}, sampled at β = {sampledBeta}: χ² z = {z:F2}");
        return z;
    }

    /// <summary>40 chains × 2500 samples, every third sweep after 60 sweeps, from random starts.</summary>
    private static void Run(int l, double beta, double j, Action<SimpleCubicIsingMultispin, int> record)
    {
        for (int chain = 0; chain < 40; chain++)
        {
            var rng = new Xoshiro256StarStar(1000 + (ulong)chain);
            var sampler = new SimpleCubicIsingMultispin(l, beta, rng, j);
            sampler.SetSpins(SquareIsingMultispinTests.RandomSpins(l * l * l, rng));
            for (int sweep = 0; sweep < 60; sweep++)
            {
                sampler.Sweep();
            }

            for (int sample = 0; sample < 2500; sample++)
            {
                sampler.Sweep();
                sampler.Sweep();
                sampler.Sweep();
                record(sampler, chain);
            }
        }
    }

    /// <summary>
    /// The number of configurations of the 3×3×3 torus with u anti-aligned bonds (u = 0 … 81), by summing over the
    /// 2⁹ states of each of the three planes: u = Σ intra-plane + Σ between successive planes (periodic).
    /// </summary>
    private static long[] DensityOfStatesL3()
    {
        var intra = new int[512];
        var between = new int[512 * 512];
        for (int a = 0; a < 512; a++)
        {
            for (int y = 0; y < 3; y++)
            {
                for (int x = 0; x < 3; x++)
                {
                    int site = (3 * y) + x, right = (3 * y) + ((x + 1) % 3), down = (3 * ((y + 1) % 3)) + x;
                    intra[a] += ((a >> site) ^ (a >> right)) & 1;
                    intra[a] += ((a >> site) ^ (a >> down)) & 1;
                }
            }

            for (int b = 0; b < 512; b++)
            {
                between[(a * 512) + b] = System.Numerics.BitOperations.PopCount((uint)(a ^ b));
            }
        }

        var counts = new long[82];
        for (int a = 0; a < 512; a++)
        {
            for (int b = 0; b < 512; b++)
            {
                int ab = intra[a] + intra[b] + between[(a * 512) + b];
                for (int c = 0; c < 512; c++)
                {
                    counts[ab + intra[c] + between[(b * 512) + c] + between[(c * 512) + a]]++;
                }
            }
        }

        return counts;
    }

    /// <summary>A β = ∞ Metropolis sweep over the colour classes (x + y + z) mod colours; returns the flips.</summary>
    private static int ZeroTemperatureSweep(IsingLattice model, sbyte[] spins, int colours)
    {
        int l = model.L, flips = 0;
        ReadOnlySpan<int> neighbours = model.Neighbours;
        for (int colour = 0; colour < colours; colour++)
        {
            for (int i = 0; i < spins.Length; i++)
            {
                int x = i % l, y = i / l % l, z = i / (l * l);
                if ((x + y + z) % colours != colour)
                {
                    continue;
                }

                int sum = 0;
                for (int k = 0; k < 6; k++)
                {
                    sum += spins[neighbours[(6 * i) + k]];
                }

                if (model.J * spins[i] * sum <= 0)
                {
                    spins[i] = (sbyte)-spins[i];
                    flips++;
                }
            }
        }

        return flips;
    }
}
