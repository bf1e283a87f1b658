using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests;

public sealed class OverlapKernelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(77)]
    [InlineData(1000)]
    public void Vector_kernels_agree_exactly_with_the_scalar_reference(int p)
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
        var updated = (int[])overlaps.Clone();
        OverlapKernels.AddScaled(row, updated, -2);
        for (int mu = 0; mu < p; mu++)
        {
            Assert.Equal(overlaps[mu] - 2 * row[mu], updated[mu]);
        }
    }
}
