using System.Runtime.InteropServices;

namespace SpinGlass.Models.Modern;

/// <summary>
/// Matrix products by OpenBLAS's <c>cblas_dgemm</c> (Debian's <c>libopenblas0-pthread</c>, <c>libopenblas.so.0</c>).
/// OpenBLAS is told to use one thread: the runner already runs one trial per core, and a product must not depend on
/// how many threads OpenBLAS would take (<c>spinglass bench</c> measures it on one thread, like NumPy with
/// <c>OPENBLAS_NUM_THREADS=1</c>).
/// </summary>
public sealed class OpenBlasMatrixProduct : IMatrixProduct
{
    private const string Library = "libopenblas.so.0";
    private const int RowMajor = 101, NoTrans = 111, Trans = 112;

    private OpenBlasMatrixProduct(string engine) => Engine = engine;

    /// <inheritdoc />
    public string Engine { get; }

    /// <summary>The engine when <c>libopenblas.so.0</c> loads, else null.</summary>
    public static OpenBlasMatrixProduct? TryCreate()
    {
        if (!NativeLibrary.TryLoad(Library, typeof(OpenBlasMatrixProduct).Assembly, null, out var handle))
        {
            return null;
        }

        NativeLibrary.Free(handle);
        try
        {
            openblas_set_num_threads(1);
            string config = Marshal.PtrToStringAnsi(openblas_get_config())?.Trim() ?? "";
            return new OpenBlasMatrixProduct($"openblas ({config}; 1 thread)");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public void MultiplyByTransposed(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k) =>
        Gemm(Trans, a, b, c, m, n, k);

    /// <inheritdoc />
    public void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k) =>
        Gemm(NoTrans, a, b, c, m, n, k);

    private static void Gemm(int transB, ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c, int m, int n, int k)
    {
        MatrixProduct.CheckSizes(a.Length, b.Length, c.Length, m, n, k);
        if (m == 0 || n == 0)
        {
            return;
        }

        if (k == 0)
        {
            c[..(m * n)].Clear();
            return;
        }

        // row-major B is k×n (ldb = n) as given, or n×k (ldb = k) to be transposed
        cblas_dgemm(
            RowMajor, NoTrans, transB, m, n, k, 1.0, ref MemoryMarshal.GetReference(a), k, ref MemoryMarshal.GetReference(b), transB == Trans ? k : n, 0.0,
            ref MemoryMarshal.GetReference(c), n);
    }

    // cblas.h: void cblas_dgemm(order, transA, transB, M, N, K, alpha, *A, lda, *B, ldb, beta, *C, ldc); A and B are
    // only read (const double*); the spans are pinned for the call by the marshaller (blittable refs)
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code, which this project does not allow
    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void cblas_dgemm(
        int order, int transA, int transB, int m, int n, int k, double alpha, ref readonly double a, int lda, ref readonly double b, int ldb, double beta, ref double c, int ldc);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern void openblas_set_num_threads(int threads);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    private static extern IntPtr openblas_get_config();
#pragma warning restore SYSLIB1054
}
