using System.Runtime.Intrinsics;
using SpinGlass.Models.Couplings;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Tests.Couplings;

/// <summary>
/// The vectorised field update of an explicit coupling matrix makes the same bits as the scalar loop it replaced, at
/// every width this machine runs, and a chain state's fields stay those of the pre-vector scalar cache flip by flip.
/// </summary>
public sealed class FieldKernelTests
{
    public static TheoryData<int> Lengths => [1, 3, 8, 15, 31, 32, 33, 63, 100, 2001];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Every_width_adds_the_same_bits_as_the_scalar_loop(int n)
    {
        var rng = new Xoshiro256StarStar((ulong)n + 7);
        var column = new double[n + 3];
        var start = new double[n];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = rng.NextGaussian() / Math.Sqrt(n);
        }

        for (int i = 0; i < n; i++)
        {
            start[i] = rng.NextGaussian() * 3;
        }

        foreach (double delta in new[] { 2.0, -2.0, 1.0, -1.0, 0.37 })
        {
            var expected = (double[])start.Clone();
            for (int i = 0; i < n; i++)
            {
                expected[i] += delta * column[i];
            }

            var scalar = (double[])start.Clone();
            FieldKernels.AddScaledScalar(column, scalar, delta);
            Assert.Equal(expected, scalar);
            var automatic = (double[])start.Clone();
            FieldKernels.AddScaled(column, automatic, delta);
            Assert.Equal(expected, automatic);
            if (Vector256.IsHardwareAccelerated)
            {
                var v256 = (double[])start.Clone();
                FieldKernels.AddScaled256(column, v256, delta);
                Assert.Equal(expected, v256);
            }

            if (Vector512.IsHardwareAccelerated)
            {
                var v512 = (double[])start.Clone();
                FieldKernels.AddScaled512(column, v512, delta);
                Assert.Equal(expected, v512);
            }
        }
    }

    [Fact]
    public void A_column_shorter_than_the_fields_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaled512(new double[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaled256(new double[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaledScalar(new double[3], new double[4], 1));
    }

    [Theory]
    [InlineData(37)]
    [InlineData(200)]
    public void Sk_fields_and_energy_follow_the_scalar_cache_bit_for_bit(int n)
    {
        var rng = new Xoshiro256StarStar((ulong)n);
        var couplings = CouplingMatrix.SherringtonKirkpatrick(n, rng);
        var external = new double[n];
        for (int i = 0; i < n; i++)
        {
            external[i] = 0.3 * rng.NextGaussian();
        }

        var model = new CouplingMatrixModel(couplings, external);
        var spins = ModelCatalog.RandomSpins(n, rng);
        var state = (CouplingMatrixState)model.CreateState(spins);

        // the pre-vector FieldCache: fields from the external field, then column by column; a flip adds −2s_k J_ik
        var fields = (double[])external.Clone();
        for (int k = 0; k < n; k++)
        {
            for (int i = 0; i < n; i++)
            {
                fields[i] += spins[k] * couplings[k, i];
            }
        }

        double energy = model.Energy(spins);
        for (int step = 0; step < 5 * n; step++)
        {
            int k = rng.NextInt(n);
            Assert.Equal(2 * spins[k] * fields[k], state.FlipCost(k));
            energy += 2 * spins[k] * fields[k];
            int delta = -2 * spins[k];
            for (int i = 0; i < n; i++)
            {
                fields[i] += delta * couplings[k, i];
            }

            spins[k] = (sbyte)-spins[k];
            state.Flip(k);
        }

        Assert.Equal(spins, state.Spins.ToArray());
        Assert.Equal(energy, state.Energy);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(fields[i], state.LocalField(i));
        }
    }

    [Fact]
    public void Rows_survive_the_aligned_padded_storage()
    {
        var rng = new Xoshiro256StarStar(3);
        const int N = 13;
        var values = new double[N * N];
        for (int i = 0; i < N; i++)
        {
            for (int j = i + 1; j < N; j++)
            {
                values[(i * N) + j] = values[(j * N) + i] = rng.NextGaussian();
            }
        }

        var matrix = new CouplingMatrix(N, values);
        var transpose = matrix.Transpose();
        for (int i = 0; i < N; i++)
        {
            Assert.Equal(values.AsSpan(i * N, N).ToArray(), matrix.Row(i).ToArray());
            for (int j = 0; j < N; j++)
            {
                Assert.Equal(values[(i * N) + j], matrix[i, j]);
                Assert.Equal(values[(j * N) + i], transpose[i, j]);
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Row(N).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.Row(-1).Length);
    }
}
