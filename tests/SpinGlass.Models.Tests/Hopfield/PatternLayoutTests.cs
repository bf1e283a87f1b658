using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Hopfield;

public sealed class PatternLayoutTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 6)]
    [InlineData(64, 64)]
    [InlineData(65, 63)]
    [InlineData(130, 129)]
    [InlineData(300, 70)]
    public void Both_layouts_hold_the_same_random_patterns_and_rows(int n, int p)
    {
        var wideRng = new Xoshiro256StarStar(5);
        var packedRng = new Xoshiro256StarStar(5);
        var wide = PatternSet.Random(n, p, wideRng, PatternLayout.Wide);
        var packed = PatternSet.Random(n, p, packedRng, PatternLayout.Packed);
        Assert.Equal(wideRng.NextUInt64(), packedRng.NextUInt64());
        Assert.Equal(PatternLayout.Wide, wide.Layout);
        Assert.Equal(PatternLayout.Packed, packed.Layout);
        var spins = ModelCatalog.RandomSpins(n, wideRng);
        for (int mu = 0; mu < p; mu++)
        {
            Assert.Equal(wide.Pattern(mu).ToArray(), packed.Pattern(mu).ToArray());
            Assert.Equal(wide.Overlap(mu, spins), packed.Overlap(mu, spins));
        }

        for (int i = 0; i < n; i++)
        {
            var row = wide.NeuronRow(i).ToArray();
            Assert.Equal(row, packed.NeuronRow(i).ToArray());
            for (int mu = 0; mu < p; mu++)
            {
                Assert.Equal(wide.Pattern(mu)[i], row[mu]);
            }
        }

        var copied = new PatternSet(n, Enumerable.Range(0, p).SelectMany(mu => wide.Pattern(mu).ToArray()).ToArray(), PatternLayout.Packed);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(wide.NeuronRow(i).ToArray(), copied.NeuronRow(i).ToArray());
        }
    }

    [Theory]
    [InlineData(NeuronCoding.Spin)]
    [InlineData(NeuronCoding.Binary)]
    public void Both_layouts_give_the_same_fields_energies_and_flips(NeuronCoding coding)
    {
        const int N = 211, P = 77;
        var rng = new Xoshiro256StarStar(17);
        var copy = rng.Clone();
        var wide = new HopfieldNetwork(PatternSet.Random(N, P, rng, PatternLayout.Wide), coding);
        var packed = new HopfieldNetwork(PatternSet.Random(N, P, copy, PatternLayout.Packed), coding);
        var spins = ModelCatalog.RandomSpins(N, rng);
        var a = (HopfieldState)wide.CreateState(spins);
        var b = (HopfieldState)packed.CreateState(spins);
        for (int step = 0; step < 600; step++)
        {
            int i = rng.NextInt(N);
            Assert.Equal(a.FieldNumerator(i), b.FieldNumerator(i));
            Assert.Equal(a.FlipCost(i), b.FlipCost(i));
            Assert.Equal(ReferenceNumerator(wide, a.Spins, i), a.FieldNumerator(i));
            a.Flip(i);
            b.Flip(i);
            Assert.Equal(a.Overlaps.ToArray(), b.Overlaps.ToArray());
            Assert.Equal(a.Energy, b.Energy);
            Assert.Equal(wide.Energy(a.Spins), a.Energy, 9);
        }
    }

    [Fact]
    public void The_automatic_layout_is_int16_for_small_networks_and_packed_for_large_ones()
    {
        Assert.Equal(PatternLayout.Wide, PatternSet.LayoutFor(2000, 200));
        Assert.Equal(PatternLayout.Packed, PatternSet.LayoutFor(100_000, 14_000));
        Assert.Equal(PatternLayout.Packed, PatternSet.LayoutFor(PatternSet.MaxWideNeurons + 1, 1));
        Assert.True(PatternSet.BytesFor(100_000, 14_000) < 200L << 20);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PatternSet(PatternSet.MaxWideNeurons + 1, new sbyte[PatternSet.MaxWideNeurons + 1], PatternLayout.Wide));
    }

    [Fact]
    public void Packing_transposes_each_64_by_64_tile()
    {
        var rng = new Xoshiro256StarStar(3);
        var a = new ulong[64];
        for (int k = 0; k < 64; k++)
        {
            a[k] = rng.NextUInt64();
        }

        var transposed = new PatternSet(64, Enumerable.Range(0, 64).SelectMany(r => Enumerable.Range(0, 64).Select(c => ((a[r] >> c) & 1) != 0 ? (sbyte)1 : (sbyte)-1)).ToArray(), PatternLayout.Packed);
        for (int r = 0; r < 64; r++)
        {
            for (int c = 0; c < 64; c++)
            {
                // pattern r, neuron c is bit c of a[r]; neuron row c holds it at μ = r
                Assert.Equal(((a[r] >> c) & 1) != 0 ? 1 : -1, transposed.NeuronRow(c)[r]);
            }
        }
    }

    private static long ReferenceNumerator(HopfieldNetwork network, ReadOnlySpan<sbyte> spins, int i)
    {
        var patterns = network.Patterns;
        long sum = 0;
        for (int mu = 0; mu < patterns.P; mu++)
        {
            sum += patterns.Pattern(mu)[i] * (long)patterns.Overlap(mu, spins);
        }

        long offset = 0;
        if (network.Coding == NeuronCoding.Binary)
        {
            offset = -patterns.P;
            for (int mu = 0; mu < patterns.P; mu++)
            {
                int total = 0;
                foreach (sbyte x in patterns.Pattern(mu))
                {
                    total += x;
                }

                offset += patterns.Pattern(mu)[i] * total;
            }
        }

        return sum - patterns.P * spins[i] + offset;
    }
}

public sealed class PatternBuffersTests
{
    [Fact]
    public void Sets_built_on_reused_buffers_equal_freshly_allocated_ones_whatever_came_before()
    {
        var buffers = new PatternBuffers();
        foreach (var (n, p) in new[] { (300, 70), (2000, 600), (100, 5), (257, 33), (1999, 530), (64, 64), (300, 70) })
        {
            var a = new Xoshiro256StarStar((ulong)(n + p));
            var b = a.Clone();
            var fresh = PatternSet.Random(n, p, a);
            var reused = PatternSet.Random(n, p, b, buffers);
            Assert.Equal(n >= 1999 ? PatternLayout.Packed : PatternLayout.Wide, reused.Layout);
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
            var spins = ModelCatalog.RandomSpins(n, a);
            var x = (HopfieldState)new HopfieldNetwork(fresh).CreateState(spins);
            var y = (HopfieldState)new HopfieldNetwork(reused).CreateState(spins);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(fresh.NeuronRow(i).ToArray(), reused.NeuronRow(i).ToArray());
                Assert.Equal(x.FieldNumerator(i), y.FieldNumerator(i));
            }

            for (int mu = 0; mu < p; mu++)
            {
                Assert.Equal(fresh.Pattern(mu).ToArray(), reused.Pattern(mu).ToArray());
            }
        }
    }
}
