using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// An explicit dense <c>N × N</c> coupling matrix <c>J_ij</c> (row-major, zero diagonal), with factories for
/// the Sherrington–Kirkpatrick and ±J spin glasses.
/// </summary>
/// <remarks>
/// Each row starts on a 64-byte boundary (rows padded to a multiple of 8 couplings), so the vector field update after
/// a flip, which streams one row, reads whole cache lines.
/// </remarks>
/// <remarks>Sherrington and Kirkpatrick, Phys. Rev. Lett. 35, 1792 (1975).</remarks>
public sealed class CouplingMatrix
{
    private readonly double[] _values;
    private readonly int _start;
    private readonly int _stride;

    /// <summary>Wraps a row-major <c>N × N</c> matrix (copied). The diagonal must be zero.</summary>
    public CouplingMatrix(int n, ReadOnlySpan<double> rowMajor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (rowMajor.Length != n * n)
        {
            throw new ArgumentException($"Expected {n}×{n} = {n * n} couplings, got {rowMajor.Length}.", nameof(rowMajor));
        }

        N = n;
        bool symmetric = true;
        for (int i = 0; i < n; i++)
        {
            if (rowMajor[i * n + i] != 0)
            {
                throw new ArgumentException($"Self-coupling J[{i},{i}] must be zero.", nameof(rowMajor));
            }

            for (int j = i + 1; j < n; j++)
            {
                double a = rowMajor[i * n + j], b = rowMajor[j * n + i];
                if (!double.IsFinite(a) || !double.IsFinite(b))
                {
                    throw new ArgumentException($"Coupling J[{i},{j}] is not finite.", nameof(rowMajor));
                }

                symmetric &= a == b;
            }
        }

        IsSymmetric = symmetric;
        _stride = (n + 7) & ~7;
        _values = AlignedArray.Allocate<double>((long)n * _stride, out _start);
        for (int i = 0; i < n; i++)
        {
            rowMajor.Slice(i * n, n).CopyTo(_values.AsSpan(_start + (i * _stride), n));
        }
    }

    /// <summary>Number of spins <c>N</c>.</summary>
    public int N { get; }

    /// <summary>True when <c>J_ij = J_ji</c> for all pairs (then the network has a Hamiltonian).</summary>
    public bool IsSymmetric { get; }

    /// <summary>Row <c>i</c>: <c>J_i1 … J_iN</c>.</summary>
    public ReadOnlySpan<double> Row(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, N);
        return _values.AsSpan(_start + (i * _stride), N);
    }

    /// <summary>The coupling <c>J_ij</c>.</summary>
    public double this[int i, int j] => Row(i)[j];

    /// <summary>The transpose (rows become columns).</summary>
    public CouplingMatrix Transpose()
    {
        var t = new double[N * N];
        for (int i = 0; i < N; i++)
        {
            var row = Row(i);
            for (int j = 0; j < N; j++)
            {
                t[j * N + i] = row[j];
            }
        }

        return new CouplingMatrix(N, t);
    }

    /// <summary>Sherrington–Kirkpatrick couplings <c>J_ij = J_ji ~ N(0, 1/N)</c>.</summary>
    public static CouplingMatrix SherringtonKirkpatrick(int n, Xoshiro256StarStar rng) => RandomSymmetric(n, rng, gaussian: true);

    /// <summary>±J couplings <c>J_ij = J_ji = ±1/√N</c> with equal probability.</summary>
    public static CouplingMatrix PlusMinusJ(int n, Xoshiro256StarStar rng) => RandomSymmetric(n, rng, gaussian: false);

    private static CouplingMatrix RandomSymmetric(int n, Xoshiro256StarStar rng, bool gaussian)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var values = new double[n * n];
        double scale = 1 / Math.Sqrt(n);
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                values[i * n + j] = values[j * n + i] = scale * (gaussian ? rng.NextGaussian() : rng.NextSpin());
            }
        }

        return new CouplingMatrix(n, values);
    }
}
