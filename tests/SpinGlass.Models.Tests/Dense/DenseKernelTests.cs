using System.Runtime.Intrinsics;
using SpinGlass.Models.Dense;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Dense;

/// <summary>
/// The vector kernels of the dense memory agree exactly with their scalar reference at every width this machine runs,
/// and a state's flip costs are, flip by flip, those recomputed from scratch from the patterns with the table
/// arithmetic of the pre-vector state.
/// </summary>
public sealed class DenseKernelTests
{
    [Theory]
    [InlineData(32, 2, false)]
    [InlineData(64, 3, false)]
    [InlineData(96, 3, true)]
    [InlineData(384, 4, false)]
    [InlineData(384, 5, true)]
    public void Every_width_agrees_with_the_scalar_kernels(int length, int power, bool rectified)
    {
        var rng = new Xoshiro256StarStar((ulong)(length + power));
        const int N = 60;
        var row = new short[length];
        var overlaps = new int[length];
        for (int mu = 0; mu < length; mu++)
        {
            row[mu] = rng.NextSpin();
            // ±N itself for a quarter of the entries, the extremes a flip cost sees
            overlaps[mu] = rng.NextInt(4) == 0 ? rng.NextSpin() * N : rng.NextInt(2 * N + 1) - N;
        }

        foreach (int s in new[] { 1, -1 })
        {
            long expected = 0;
            for (int mu = 0; mu < length; mu++)
            {
                long a = overlaps[mu], b = a - (2 * s * row[mu]);
                expected += Power(rectified ? Math.Max(a, 0) : a, power) - Power(rectified ? Math.Max(b, 0) : b, power);
            }

            Assert.Equal(expected, DenseKernels.PolynomialCostScalar(row, overlaps, s, power, rectified));
            Assert.Equal(expected, DenseKernels.PolynomialCost(row, overlaps, s, power, rectified));
            if (Vector256.IsHardwareAccelerated)
            {
                Assert.Equal(expected, DenseKernels.PolynomialCost256(row, overlaps, s, power, rectified));
            }

            if (Vector512.IsHardwareAccelerated)
            {
                Assert.Equal(expected, DenseKernels.PolynomialCost512(row, overlaps, s, power, rectified));
            }
        }

        foreach (int delta in new[] { 2, -2, 1, -1 })
        {
            var expected = new int[length];
            for (int mu = 0; mu < length; mu++)
            {
                expected[mu] = overlaps[mu] + (delta * row[mu]);
            }

            var scalar = (int[])overlaps.Clone();
            DenseKernels.AddScalar(row, scalar, delta);
            Assert.Equal(expected, scalar);
            var automatic = (int[])overlaps.Clone();
            DenseKernels.Add(row, automatic, delta);
            Assert.Equal(expected, automatic);
            if (Vector256.IsHardwareAccelerated)
            {
                var v256 = (int[])overlaps.Clone();
                DenseKernels.Add256(row, v256, delta);
                Assert.Equal(expected, v256);
            }

            if (Vector512.IsHardwareAccelerated)
            {
                var v512 = (int[])overlaps.Clone();
                DenseKernels.Add512(row, v512, delta);
                Assert.Equal(expected, v512);
            }
        }
    }

    [Fact]
    public void Unpadded_rows_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => DenseKernels.PolynomialCost512(new short[31], new int[31], 1, 3, false));
        Assert.Throws<ArgumentException>(() => DenseKernels.Add256(new short[32], new int[64], 1));
        Assert.Throws<ArgumentException>(() => DenseKernels.AddScalar(new short[33], new int[33], 1));
    }

    public static TheoryData<Interaction, int, int, int, PatternLayout, bool> Memories() => new()
    {
        // (kind, N, K, n, layout, int32 flip costs): the bench's memory, the long path, rectified, exponential, packed patterns
        { Interaction.Polynomial, 100, 361, 3, PatternLayout.Wide, true },
        { Interaction.Polynomial, 120, 300, 5, PatternLayout.Wide, false },
        { Interaction.RectifiedPolynomial, 70, 45, 4, PatternLayout.Packed, true },
        { Interaction.Polynomial, 33, 7, 2, PatternLayout.Wide, true },
        { Interaction.Exponential, 50, 40, 0, PatternLayout.Wide, false },
    };

    [Theory]
    [MemberData(nameof(Memories))]
    public void Flip_costs_and_overlaps_equal_a_recomputation_from_the_patterns(
        Interaction kind, int n, int k, int power, PatternLayout layout, bool narrowCosts)
    {
        var rng = new Xoshiro256StarStar((ulong)(n * k));
        var patterns = PatternSet.Random(n, k, rng, layout);
        var model = new DenseAssociativeMemory(patterns, kind, Math.Max(power, 2), kind == Interaction.Exponential ? 0.7 : 1);
        Assert.Equal(narrowCosts, model.Int32FlipCosts);
        var spins = Cues.Flip(patterns.Pattern(0), 0.25, rng);
        var state = (DenseAssociativeMemoryState)model.CreateState(spins);
        for (int step = 0; step < 3 * n; step++)
        {
            var overlaps = new int[k];
            for (int mu = 0; mu < k; mu++)
            {
                overlaps[mu] = patterns.Overlap(mu, spins);
            }

            Assert.Equal(overlaps, state.Overlaps.ToArray());
            Assert.Equal(model.Energy(spins), state.Energy);
            int i = rng.NextInt(n);
            if (kind == Interaction.Exponential)
            {
                Assert.Equal(ExponentialCost(model, overlaps, patterns, i, spins[i]), state.FlipCost(i));
            }
            else
            {
                long cost = PolynomialCost(model, overlaps, patterns, i, spins[i]);
                Assert.Equal(cost, state.IntegerFlipCost(i));
                Assert.Equal((double)cost, state.FlipCost(i));
            }

            spins[i] = (sbyte)-spins[i];
            state.Flip(i);
        }

        state.SetSpins(patterns.Pattern(1));
        Assert.Equal(model.Energy(patterns.Pattern(1)), state.Energy);
    }

    /// <summary>The pre-vector state's arithmetic: <c>Σ_μ table[M_μ] − table[M_μ − 2ξ^μ_i s_i]</c> in long.</summary>
    private static long PolynomialCost(DenseAssociativeMemory model, int[] overlaps, PatternSet patterns, int i, int s)
    {
        var row = patterns.NeuronRow(i);
        long cost = 0;
        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            cost += (long)model.F(overlaps[mu]) - (long)model.F(overlaps[mu] - (2 * row[mu] * s));
        }

        return cost;
    }

    /// <summary>The pre-vector state's exponential arithmetic, term by term in the same order.</summary>
    private static double ExponentialCost(DenseAssociativeMemory model, int[] overlaps, PatternSet patterns, int i, int s)
    {
        var row = patterns.NeuronRow(i);
        double down = 0, up = 0;
        for (int mu = 0; mu < overlaps.Length; mu++)
        {
            if (row[mu] * s > 0)
            {
                down += model.F(overlaps[mu]);
            }
            else
            {
                up += model.F(overlaps[mu]);
            }
        }

        return model.DownFactor * down + model.UpFactor * up;
    }

    private static long Power(long x, int power)
    {
        long p = 1;
        for (int k = 0; k < power; k++)
        {
            p *= x;
        }

        return p;
    }
}
