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

            AssertEveryWidth(start, expected, [
                f => FieldKernels.AddScaledScalar(column, f, delta),
                f => FieldKernels.AddScaled(column, f, delta),
                .. Vector256.IsHardwareAccelerated ? [f => FieldKernels.AddScaled256(column, f, delta)] : Array.Empty<Action<double[]>>(),
                .. Vector512.IsHardwareAccelerated ? [f => FieldKernels.AddScaled512(column, f, delta)] : Array.Empty<Action<double[]>>()]);
        }
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Every_width_of_the_float32_update_adds_the_bits_of_the_same_column_in_double_precision(int n)
    {
        var rng = new Xoshiro256StarStar((ulong)n + 11);
        var column = new float[n + 5];
        var start = new double[n];
        for (int i = 0; i < column.Length; i++)
        {
            column[i] = (float)(rng.NextGaussian() / Math.Sqrt(n));
        }

        for (int i = 0; i < n; i++)
        {
            start[i] = rng.NextGaussian() * 3;
        }

        var widened = column.Select(c => (double)c).ToArray();
        foreach (double delta in new[] { 2.0, -2.0, 1.0, -1.0, 0.37 })
        {
            var expected = (double[])start.Clone();
            FieldKernels.AddScaledScalar(widened, expected, delta);
            AssertEveryWidth(start, expected, [
                f => FieldKernels.AddScaledScalar(column, f, delta),
                f => FieldKernels.AddScaled(column, f, delta),
                .. Vector256.IsHardwareAccelerated ? [f => FieldKernels.AddScaled256(column, f, delta)] : Array.Empty<Action<double[]>>(),
                .. Vector512.IsHardwareAccelerated ? [f => FieldKernels.AddScaled512(column, f, delta)] : Array.Empty<Action<double[]>>()]);
        }
    }

    [Fact]
    public void A_column_shorter_than_the_fields_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaled512(new double[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaled256(new double[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaledScalar(new double[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaled512(new float[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaled256(new float[3], new double[4], 1));
        Assert.Throws<ArgumentException>(() => FieldKernels.AddScaledScalar(new float[3], new double[4], 1));
    }

    [Theory]
    [InlineData(37, true)]
    [InlineData(200, true)]
    [InlineData(37, false)]
    [InlineData(200, false)]
    public void Sk_fields_and_energy_follow_the_scalar_cache_bit_for_bit(int n, bool singlePrecision)
    {
        var rng = new Xoshiro256StarStar((ulong)n);
        var couplings = singlePrecision ? CouplingMatrix.SherringtonKirkpatrick(n, rng) : DoubleGaussian(n, rng);
        Assert.Equal(singlePrecision, couplings.IsSinglePrecision);
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

    [Theory]
    [InlineData(13, false)]
    [InlineData(13, true)]
    [InlineData(40, true)]
    public void Rows_survive_the_aligned_padded_storage_in_either_precision(int n, bool singlePrecision)
    {
        var rng = new Xoshiro256StarStar(3);
        var values = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double g = rng.NextGaussian();
                values[(i * n) + j] = values[(j * n) + i] = singlePrecision ? (float)g : g;
            }
        }

        var matrix = new CouplingMatrix(n, values);
        Assert.Equal(singlePrecision, matrix.IsSinglePrecision);
        var transpose = matrix.Transpose();
        Assert.Equal(singlePrecision, transpose.IsSinglePrecision);
        var row = new double[n + 2];
        for (int i = 0; i < n; i++)
        {
            matrix.CopyRow(i, row);
            Assert.Equal(values.AsSpan(i * n, n).ToArray(), row.AsSpan(0, n).ToArray());
            for (int j = 0; j < n; j++)
            {
                Assert.Equal(values[(i * n) + j], matrix[i, j]);
                Assert.Equal(values[(j * n) + i], transpose[i, j]);
            }
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.CopyRow(n, row));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.CopyRow(-1, row));
        Assert.Throws<ArgumentException>(() => matrix.CopyRow(0, new double[n - 1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix[0, n]);
    }

    [Fact]
    public void The_factories_draw_float32_couplings_and_one_double_coupling_keeps_the_matrix_in_double_precision()
    {
        var sk = CouplingMatrix.SherringtonKirkpatrick(50, new Xoshiro256StarStar(5));
        var pm = CouplingMatrix.PlusMinusJ(50, new Xoshiro256StarStar(5));
        Assert.True(sk.IsSinglePrecision);
        Assert.True(pm.IsSinglePrecision);
        Assert.Equal((double)(float)(1 / Math.Sqrt(50)), Math.Abs(pm[0, 1]));

        // the SK couplings are the double draws rounded to float32: variance 1/N within its error
        double sum = 0, squares = 0;
        int count = 0;
        for (int i = 0; i < sk.N; i++)
        {
            for (int j = i + 1; j < sk.N; j++)
            {
                sum += sk[i, j];
                squares += sk[i, j] * sk[i, j];
                count++;
            }
        }

        Assert.InRange(sum / count, -4 / Math.Sqrt(50 * count), 4 / Math.Sqrt(50 * count));
        Assert.InRange(squares / count * 50, 1 - (4 * Math.Sqrt(2.0 / count)), 1 + (4 * Math.Sqrt(2.0 / count)));

        var values = new double[9];
        values[1] = values[3] = 0.5;
        values[2] = values[6] = 0.1;
        Assert.False(new CouplingMatrix(3, values).IsSinglePrecision);
        values[2] = values[6] = 0.125;
        Assert.True(new CouplingMatrix(3, values).IsSinglePrecision);
    }

    /// <summary>Each kernel, run on a copy of <paramref name="start"/>, makes exactly <paramref name="expected"/>.</summary>
    private static void AssertEveryWidth(double[] start, double[] expected, Action<double[]>[] kernels)
    {
        foreach (var kernel in kernels)
        {
            var fields = (double[])start.Clone();
            kernel(fields);
            Assert.Equal(expected, fields);
        }
    }

    /// <summary>Gaussian couplings of variance 1/N kept in double precision (not float32-exact).</summary>
    private static CouplingMatrix DoubleGaussian(int n, Xoshiro256StarStar rng)
    {
        var values = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                values[(i * n) + j] = values[(j * n) + i] = rng.NextGaussian() / Math.Sqrt(n);
            }
        }

        return new CouplingMatrix(n, values);
    }
}
