using System.Numerics;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Lattice;

namespace SpinGlass.Sampling.Tests.Lattice;

/// <summary>
/// The vector multispin kernel's parts on their own: its lane streams against the xoroshiro128++ reference, and its
/// Bernoulli draw against the exact Metropolis probabilities on a lattice where every site's neighbour count is fixed.
/// </summary>
public sealed class MultispinBlockKernelTests
{
    private const int L = 1024;
    private const double Beta = 0.44;

    [BothVectorKernelsFact]
    public void Vector512_lane_streams_are_xoroshiro128_plus_plus() => AssertReferenceStreams<WordBlock512>();

    [Avx2Fact]
    public void Vector256_lane_streams_are_xoroshiro128_plus_plus() => AssertReferenceStreams<WordBlock256x2>();

    [BothVectorKernelsFact]
    public void Vector512_draws_flip_each_class_with_its_Metropolis_probability() => AssertClassFrequencies<WordBlock512>(Beta, Beta);

    [Avx2Fact]
    public void Vector256_draws_flip_each_class_with_its_Metropolis_probability() => AssertClassFrequencies<WordBlock256x2>(Beta, Beta);

    [Avx2Fact]
    public void The_same_test_fails_for_draws_at_beta_mis_scaled_by_20_percent() =>
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertClassFrequencies<WordBlock256x2>(1.2 * Beta, Beta));

    /// <summary>Every lane of <see cref="BlockStreams{TBlock}"/> is the scalar reference generator seeded as documented.</summary>
    private static void AssertReferenceStreams<TBlock>()
        where TBlock : struct, IWordBlock<TBlock>
    {
        var parent = new Xoshiro256StarStar(77);
        var streams = new BlockStreams<TBlock>(parent.Clone());
        var reference = new (ulong S0, ulong S1)[BlockStreams<TBlock>.Groups * IWordBlock<TBlock>.Words];
        for (int k = 0; k < reference.Length; k++)
        {
            var s = new Xoshiro256StarStar(parent.NextUInt64()).State;
            reference[k] = (s.S0, s.S1);
        }

        var lanes = new ulong[IWordBlock<TBlock>.Words];
        for (int g = 0; g < BlockStreams<TBlock>.Groups; g++)
        {
            streams.Load(g, out TBlock s0, out TBlock s1);
            for (int step = 0; step < 100; step++)
            {
                TBlock.Store(BlockStreams<TBlock>.Next(ref s0, ref s1), ref lanes[0], 0);
                for (int b = 0; b < lanes.Length; b++)
                {
                    Assert.Equal(Xoroshiro128PlusPlus(ref reference[(g * lanes.Length) + b]), lanes[b]);
                }
            }
        }
    }

    /// <summary>
    /// One half-sweep of sublattice 0 (all up) against a sublattice 1 whose rows r ≡ 1 (mod 4) are down: rows i ≡ 0, 2
    /// (mod 4) have one anti-aligned neighbour (flip with e^{−4β}), rows ≡ 1 two (always flip), rows ≡ 3 none (e^{−8β}).
    /// The flip frequencies of the two random classes, and of pairs of neighbouring lanes (independence across lanes),
    /// must match the probabilities at <paramref name="expectedBeta"/> within 5σ; draws at <paramref name="drawBeta"/>.
    /// </summary>
    private static void AssertClassFrequencies<TBlock>(double drawBeta, double expectedBeta)
        where TBlock : struct, IWordBlock<TBlock>
    {
        var g = new SublatticeGeometry(L);
        var me = new AlignedWords(g.Length);
        var other = new AlignedWords(g.Length);
        for (int r = 0; r < L; r++)
        {
            other.Span.Slice(g.RowStart(r), g.Words).Fill(r % 4 == 1 ? 0UL : ulong.MaxValue);
        }

        var acceptance = MultispinAcceptance.For(drawBeta);
        var streams = new BlockStreams<TBlock>(new Xoshiro256StarStar(2026));
        long[] trials = new long[2], flips = new long[2], pairTrials = new long[2], pairFlips = new long[2];
        for (int repeat = 0; repeat < 3; repeat++)
        {
            me.Span.Fill(ulong.MaxValue);
            long returned = MultispinBlockKernel<TBlock>.Sweep(me, other, g, 0, acceptance, streams);
            long counted = 0;
            for (int i = 0; i < L; i++)
            {
                var row = me.Span.Slice(g.RowStart(i), g.Words);
                int cls = (i % 4) switch { 0 or 2 => 0, 3 => 1, _ => -1 };
                foreach (ulong word in row)
                {
                    ulong flipped = ~word;
                    counted += BitOperations.PopCount(flipped);
                    if (cls < 0)
                    {
                        Assert.Equal(ulong.MaxValue, flipped);
                        continue;
                    }

                    trials[cls] += 64;
                    flips[cls] += BitOperations.PopCount(flipped);
                    pairTrials[cls] += 63;
                    pairFlips[cls] += BitOperations.PopCount(flipped & (flipped >> 1));
                }
            }

            Assert.Equal(counted, returned);
        }

        double[] p = [Math.Exp(-4 * expectedBeta), Math.Exp(-8 * expectedBeta)];
        for (int cls = 0; cls < 2; cls++)
        {
            double q = p[cls];
            double z = (flips[cls] - (trials[cls] * q)) / Math.Sqrt(trials[cls] * q * (1 - q));
            Assert.True(Math.Abs(z) < 5, $"class {cls}: {flips[cls]} flips of {trials[cls]}, p = {q}, z = {z:F2}");

            // Overlapping pairs: Var = n(q² − q⁴) + 2(n − 1)(q³ − q⁴) per word chain, summed over chains.
            double pair = q * q, variance = pairTrials[cls] * ((pair - (pair * pair)) + (2 * ((q * pair) - (pair * pair))));
            double zPair = (pairFlips[cls] - (pairTrials[cls] * pair)) / Math.Sqrt(variance);
            Assert.True(Math.Abs(zPair) < 5, $"class {cls}: {pairFlips[cls]} flipped pairs of {pairTrials[cls]}, p² = {pair}, z = {zPair:F2}");
        }
    }

    /// <summary>The reference xoroshiro128++ step (Blackman and Vigna, prng.di.unimi.it/xoroshiro128plusplus.c).</summary>
    private static ulong Xoroshiro128PlusPlus(ref (ulong S0, ulong S1) s)
    {
        ulong s0 = s.S0, s1 = s.S1;
        ulong result = BitOperations.RotateLeft(s0 + s1, 17) + s0;
        s1 ^= s0;
        s.S0 = BitOperations.RotateLeft(s0, 49) ^ s1 ^ (s1 << 21);
        s.S1 = BitOperations.RotateLeft(s1, 28);
        return result;
    }
}
