using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests;

public sealed class OverlapKernelTests
{
    public static TheoryData<int> Lengths => [1, 2, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 77, 96, 200, 1000, 1023, 14001];

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(77)]
    [InlineData(1000)]
    public void Int8_dot_agrees_exactly_with_the_scalar_reference(int p)
    {
        var rng = new Xoshiro256StarStar((ulong)p);
        var row = new sbyte[p];
        var overlaps = new int[p];
        for (int mu = 0; mu < p; mu++)
        {
            row[mu] = rng.NextSpin();
            overlaps[mu] = rng.NextInt(20001) - 10000;
        }

        long expected = 0;
        for (int mu = 0; mu < p; mu++)
        {
            expected += row[mu] * overlaps[mu];
        }

        Assert.Equal(expected, OverlapKernels.Dot(row, overlaps));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Int16_kernels_agree_exactly_with_the_scalar_reference_at_extreme_overlaps(int p)
    {
        var rng = new Xoshiro256StarStar((ulong)p + 100);
        foreach (int bound in new[] { 3, 1000, short.MaxValue })
        {
            var row = new short[p];
            var overlaps = new short[p];
            for (int mu = 0; mu < p; mu++)
            {
                row[mu] = rng.NextSpin();
                // ±N itself for a third of the entries: the largest overlaps the int16 layout holds
                overlaps[mu] = (short)(rng.NextInt(3) == 0 ? rng.NextSpin() * bound : rng.NextInt(2 * bound + 1) - bound);
            }

            long expected = 0;
            for (int mu = 0; mu < p; mu++)
            {
                expected += row[mu] * overlaps[mu];
            }

            Assert.Equal(expected, OverlapKernels.Dot(row, overlaps));
            foreach (short delta in new short[] { -2, 2, -1, 1 })
            {
                var updated = (short[])overlaps.Clone();
                for (int mu = 0; mu < p; mu++)
                {
                    // keep every result inside int16, as |M_μ| ≤ N guarantees in a network
                    updated[mu] = (short)Math.Clamp((int)updated[mu], -short.MaxValue + 2, short.MaxValue - 2);
                }

                var before = (short[])updated.Clone();
                OverlapKernels.AddScaled(row, updated, delta);
                for (int mu = 0; mu < p; mu++)
                {
                    Assert.Equal(before[mu] + delta * row[mu], updated[mu]);
                }
            }
        }
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(96)]
    [InlineData(224)]
    [InlineData(1024)]
    public void Padded_int16_kernels_agree_exactly_with_the_scalar_reference(int length)
    {
        // the Wide layout's rows: a multiple of 32, zeros past p
        var rng = new Xoshiro256StarStar((ulong)length + 7);
        int p = length - 5;
        var row = new short[length];
        var overlaps = new short[length];
        for (int mu = 0; mu < p; mu++)
        {
            row[mu] = rng.NextSpin();
            overlaps[mu] = (short)(rng.NextInt(2 * 30000 + 1) - 30000);
        }

        long expected = 0;
        for (int mu = 0; mu < length; mu++)
        {
            expected += row[mu] * overlaps[mu];
        }

        Assert.Equal(expected, OverlapKernels.DotPadded(ref row[0], ref overlaps[0], (nuint)length));
        var before = (short[])overlaps.Clone();
        for (int mu = 0; mu < length; mu++)
        {
            before[mu] = overlaps[mu] = (short)Math.Clamp((int)overlaps[mu], -29000, 29000);
        }

        OverlapKernels.AddScaledPadded(ref row[0], ref overlaps[0], (nuint)length, -2);
        for (int mu = 0; mu < length; mu++)
        {
            Assert.Equal(before[mu] - (2 * row[mu]), overlaps[mu]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(33)]
    public void Int16_dot_is_exact_for_full_range_rows_while_the_sum_fits_an_int(int p)
    {
        var rng = new Xoshiro256StarStar((ulong)p + 7);
        for (int trial = 0; trial < 200; trial++)
        {
            var row = new short[p];
            var overlaps = new short[p];
            for (int mu = 0; mu < p; mu++)
            {
                row[mu] = (short)(rng.NextInt(65535) - 32767);
                overlaps[mu] = (short)(rng.NextInt(65535) - 32767);
            }

            long expected = 0;
            for (int mu = 0; mu < p; mu++)
            {
                expected += row[mu] * overlaps[mu];
            }

            if (expected is >= int.MinValue and <= int.MaxValue)
            {
                Assert.Equal(expected, OverlapKernels.Dot(row, overlaps));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Packed_kernels_agree_exactly_with_the_scalar_reference(int p)
    {
        var rng = new Xoshiro256StarStar((ulong)p + 200);
        foreach (int bound in new[] { 1, 1000, 100_000 })
        {
            var bits = new ulong[(p + 63) / 64 + (p % 3)];
            for (int w = 0; w < bits.Length; w++)
            {
                bits[w] = rng.NextUInt64();
            }

            var values = new int[p];
            for (int mu = 0; mu < p; mu++)
            {
                values[mu] = rng.NextInt(3) == 0 ? rng.NextSpin() * bound : rng.NextInt(2 * bound + 1) - bound;
            }

            long expected = 0;
            for (int mu = 0; mu < p; mu++)
            {
                expected += Bit(bits, mu) ? values[mu] : 0;
            }

            Assert.Equal(expected, OverlapKernels.MaskedSum(bits, values));
            foreach (int delta in new[] { -2, 2, 1, -1, 12345 })
            {
                var updated = (int[])values.Clone();
                OverlapKernels.AddSigned(bits, updated, delta);
                for (int mu = 0; mu < p; mu++)
                {
                    Assert.Equal(values[mu] + (Bit(bits, mu) ? delta : -delta), updated[mu]);
                }
            }
        }
    }

    [Fact]
    public void Packed_kernels_touch_nothing_past_the_values()
    {
        var bits = new ulong[] { ulong.MaxValue, ulong.MaxValue };
        var storage = Enumerable.Range(1, 128).ToArray();
        var values = storage.AsSpan(0, 70);
        Assert.Equal(70 * 71 / 2, OverlapKernels.MaskedSum(bits, values));
        OverlapKernels.AddSigned(bits, values, 5);
        Assert.Equal(Enumerable.Range(1, 128).Select((x, k) => k < 70 ? x + 5 : x), storage);
    }

    private static bool Bit(ulong[] bits, int mu) => ((bits[mu >> 6] >> (mu & 63)) & 1) != 0;
}
