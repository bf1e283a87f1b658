using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// An explicit dense <c>N × N</c> coupling matrix <c>J_ij</c> (row-major, zero diagonal), with factories for
/// the Sherrington–Kirkpatrick and ±J spin glasses.
/// </summary>
/// <remarks>Sherrington and Kirkpatrick, Phys. Rev. Lett. 35, 1792 (1975).</remarks>
public sealed class CouplingMatrix
{
    private readonly double[] _values;

    /// <summary>Wraps a row-major <c>N × N</c> matrix (copied). The diagonal must be zero.</summary>
    public CouplingMatrix(int n, ReadOnlySpan<double> rowMajor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (rowMajor.Length != n * n)
        {
            throw new ArgumentException($"Expected {n}×{n} = {n * n} couplings, got {rowMajor.Length}.", nameof(rowMajor));
        }

        N = n;
        _values = rowMajor.ToArray();
        bool symmetric = true;
        for (int i = 0; i < n; i++)
        {
            if (_values[i * n + i] != 0)
            {
                throw new ArgumentException($"Self-coupling J[{i},{i}] must be zero.", nameof(rowMajor));
            }

            for (int j = i + 1; j < n; j++)
            {
                double a = _values[i * n + j], b = _values[j * n + i];
                if (!double.IsFinite(a) || !double.IsFinite(b))
                {
                    throw new ArgumentException($"Coupling J[{i},{j}] is not finite.", nameof(rowMajor));
                }

                symmetric &= a == b;
            }
        }

        IsSymmetric = symmetric;
    }

    /// <summary>Number of spins <c>N</c>.</summary>
    public int N { get; }

    /// <summary>True when <c>J_ij = J_ji</c> for all pairs (then the network has a Hamiltonian).</summary>
    public bool IsSymmetric { get; }

    /// <summary>Row <c>i</c>: <c>J_i1 … J_iN</c>.</summary>
    public ReadOnlySpan<double> Row(int i) => _values.AsSpan(i * N, N);

    /// <summary>The coupling <c>J_ij</c>.</summary>
    public double this[int i, int j] => _values[i * N + j];

    /// <summary>The transpose (rows become columns).</summary>
    public CouplingMatrix Transpose()
    {
        var t = new double[_values.Length];
        for (int i = 0; i < N; i++)
        {
            for (int j = 0; j < N; j++)
            {
                t[j * N + i] = _values[i * N + j];
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
