namespace SpinGlass.Models.Modern;

/// <summary>
/// Dense double-precision matrix products on row-major spans, the linear algebra that dominates a modern Hopfield
/// network: <see cref="OpenBlasMatrixProduct"/> (Debian's OpenBLAS, one thread per caller) where it is installed,
/// else <see cref="ManagedMatrixProduct"/> (System.Numerics.Tensors). <see cref="MatrixProduct.Default"/> picks one once.
/// </summary>
public interface IMatrixProduct
{
    /// <summary>The engine that runs, as saved in <c>summary.json</c>'s <c>engines</c>.</summary>
    string Engine { get; }

    /// <summary><c>C (m×n) = A (m×k) · Bᵀ</c>, where <paramref name="b"/> holds <c>B</c> as n rows of length k.</summary>
    void MultiplyByTransposed(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k);

    /// <summary><c>C (m×n) = A (m×k) · B (k×n)</c>.</summary>
    void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k);
}

/// <summary>The matrix product engine of this process.</summary>
public static class MatrixProduct
{
    private static readonly Lazy<IMatrixProduct> Chosen = new(() => OpenBlasMatrixProduct.TryCreate() ?? (IMatrixProduct)new ManagedMatrixProduct());

    /// <summary>OpenBLAS when <c>libopenblas.so.0</c> loads (<c>apt-get install libopenblas0-pthread</c>), else the managed product.</summary>
    public static IMatrixProduct Default => Chosen.Value;

    /// <summary>Checks the sizes of a product's operands; throws <see cref="ArgumentException"/> when a span is too short.</summary>
    internal static void CheckSizes(int aLength, int bLength, int cLength, int m, int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (aLength < (long)m * k || bLength < (long)n * k || cLength < (long)m * n)
        {
            throw new ArgumentException($"operands too short for a {m}×{k} by {k}×{n} product (lengths {aLength}, {bLength}, {cLength})");
        }
    }
}
