using System.Numerics.Tensors;

namespace SpinGlass.Models.Modern;

/// <summary>
/// Matrix products in managed code, vectorised by <see cref="TensorPrimitives"/>: dot products of rows for
/// <c>A·Bᵀ</c>, scaled row additions for <c>A·B</c>. Correct everywhere; several times slower than OpenBLAS on large
/// products (docs/performance.md).
/// </summary>
public sealed class ManagedMatrixProduct : IMatrixProduct
{
    /// <inheritdoc />
    public string Engine => "managed (System.Numerics.Tensors)";

    /// <inheritdoc />
    public void MultiplyByTransposed(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k)
    {
        MatrixProduct.CheckSizes(a.Length, b.Length, c.Length, m, n, k);
        for (int i = 0; i < m; i++)
        {
            var row = a.Slice(i * k, k);
            var target = c.Slice(i * n, n);
            for (int j = 0; j < n; j++)
            {
                target[j] = TensorPrimitives.Dot(row, b.Slice(j * k, k));
            }
        }
    }

    /// <inheritdoc />
    public void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k)
    {
        MatrixProduct.CheckSizes(a.Length, b.Length, c.Length, m, n, k);
        for (int i = 0; i < m; i++)
        {
            var target = c.Slice(i * n, n);
            target.Clear();
            for (int l = 0; l < k; l++)
            {
                double scale = a[(i * k) + l];
                if (scale != 0)
                {
                    TensorPrimitives.MultiplyAdd(b.Slice(l * n, n), scale, target, target);
                }
            }
        }
    }
}
