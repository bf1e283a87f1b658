using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Couplings;

/// <summary>
/// An explicit dense <c>N × N</c> coupling matrix <c>J_ij</c> (row-major, zero diagonal), with factories for
/// the Sherrington–Kirkpatrick and ±J spin glasses.
/// </summary>
/// <remarks>
/// <para>Each row starts on a 64-byte boundary (rows padded to whole 64-byte lines), so the vector field update after a
/// flip, which streams one row, reads whole cache lines.</para>
/// <para>When every coupling is exactly a single-precision number (<see cref="IsSinglePrecision"/>: the SK and ±J factories,
/// small integers, multiples of a power of two) the matrix is stored as float32 — half the memory and half the bytes a
/// flip streams — and read back as the same doubles: nothing downstream can tell the storage apart. Any other matrix is
/// stored in double precision.</para>
/// <para>Sherrington and Kirkpatrick, Phys. Rev. Lett. 35, 1792 (1975).</para>
/// </remarks>
public sealed class CouplingMatrix
{
    private readonly double[] _doubles = [];
    private readonly float[] _singles = [];
    private readonly int _start;
    private readonly int _stride;

    /// <summary>Wraps a row-major <c>N × N</c> matrix (copied). The diagonal must be zero.</summary>
    public CouplingMatrix(int n, ReadOnlySpan<double> rowMajor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        if (rowMajor.Length != (long)n * n)
        {
            throw new ArgumentException($"Expected {n}×{n} = {(long)n * n} couplings, got {rowMajor.Length}.", nameof(rowMajor));
        }

        // the length check is in 64 bits, so every index below fits an int
        N = n;
        bool symmetric = true, single = true;
        for (int i = 0; i < n; i++)
        {
            if (rowMajor[(i * n) + i] != 0)
            {
                throw new ArgumentException($"Self-coupling J[{i},{i}] must be zero.", nameof(rowMajor));
            }

            for (int j = i + 1; j < n; j++)
            {
                double a = rowMajor[(i * n) + j], b = rowMajor[(j * n) + i];
                if (!double.IsFinite(a) || !double.IsFinite(b))
                {
                    throw new ArgumentException($"Coupling J[{i},{j}] is not finite.", nameof(rowMajor));
                }

                symmetric &= a == b;
                single &= (float)a == a && (float)b == b;
            }
        }

        IsSymmetric = symmetric;
        IsSinglePrecision = single;
        if (single)
        {
            _stride = (n + 15) & ~15;
            _singles = AlignedArray.Allocate<float>((long)n * _stride, out _start);
            for (int i = 0; i < n; i++)
            {
                var row = rowMajor.Slice(i * n, n);
                var target = _singles.AsSpan(_start + (i * _stride), n);
                for (int j = 0; j < n; j++)
                {
                    target[j] = (float)row[j];
                }
            }
        }
        else
        {
            _stride = (n + 7) & ~7;
            _doubles = AlignedArray.Allocate<double>((long)n * _stride, out _start);
            for (int i = 0; i < n; i++)
            {
                rowMajor.Slice(i * n, n).CopyTo(_doubles.AsSpan(_start + (i * _stride), n));
            }
        }
    }

    /// <summary>Number of spins <c>N</c>.</summary>
    public int N { get; }

    /// <summary>True when <c>J_ij = J_ji</c> for all pairs (then the network has a Hamiltonian).</summary>
    public bool IsSymmetric { get; }

    /// <summary>
    /// True when every coupling is exactly a float32 and the matrix is stored as such (4 bytes a coupling, else 8); the
    /// values read back are the same doubles either way.
    /// </summary>
    public bool IsSinglePrecision { get; }

    /// <summary>The coupling <c>J_ij</c>.</summary>
    public double this[int i, int j]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(i);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, N);
            ArgumentOutOfRangeException.ThrowIfNegative(j);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(j, N);
            int at = _start + (i * _stride) + j;
            return IsSinglePrecision ? _singles[at] : _doubles[at];
        }
    }

    /// <summary>Writes row <c>i</c>, <c>J_i1 … J_iN</c>, into <paramref name="destination"/> (length at least N).</summary>
    public void CopyRow(int i, Span<double> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, N);
        if (destination.Length < N)
        {
            throw new ArgumentException($"The destination holds {destination.Length} values; a row has {N}.", nameof(destination));
        }

        if (IsSinglePrecision)
        {
            var row = SingleRow(i);
            for (int j = 0; j < row.Length; j++)
            {
                destination[j] = row[j];
            }
        }
        else
        {
            DoubleRow(i).CopyTo(destination);
        }
    }

    /// <summary>Row <c>i</c> of a double-precision matrix (64-byte aligned); only when <see cref="IsSinglePrecision"/> is false.</summary>
    internal ReadOnlySpan<double> DoubleRow(int i) => _doubles.AsSpan(_start + (i * _stride), N);

    /// <summary>Row <c>i</c> of a single-precision matrix (64-byte aligned); only when <see cref="IsSinglePrecision"/> is true.</summary>
    internal ReadOnlySpan<float> SingleRow(int i) => _singles.AsSpan(_start + (i * _stride), N);

    /// <summary>The transpose (rows become columns).</summary>
    public CouplingMatrix Transpose()
    {
        var t = new double[(long)N * N];
        var row = new double[N];
        for (int i = 0; i < N; i++)
        {
            CopyRow(i, row);
            for (int j = 0; j < N; j++)
            {
                t[((long)j * N) + i] = row[j];
            }
        }

        return new CouplingMatrix(N, t);
    }

    /// <summary>
    /// Sherrington–Kirkpatrick couplings <c>J_ij = J_ji ~ N(0, 1/N)</c>, each drawn in double precision and rounded to the
    /// nearest float32 (a relative change below 2⁻²⁴ ≈ 6·10⁻⁸, far under any statistical error): the matrix is then stored
    /// in single precision (<see cref="IsSinglePrecision"/>), and a flip streams half the bytes.
    /// </summary>
    public static CouplingMatrix SherringtonKirkpatrick(int n, Xoshiro256StarStar rng) => RandomSymmetric(n, rng, gaussian: true);

    /// <summary>±J couplings <c>J_ij = J_ji = ±1/√N</c> with equal probability (1/√N rounded to float32, as for SK).</summary>
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
                values[(i * n) + j] = values[(j * n) + i] = (float)(scale * (gaussian ? rng.NextGaussian() : rng.NextSpin()));
            }
        }

        return new CouplingMatrix(n, values);
    }
}
