using SpinGlass.Sampling.Lattice;

namespace SpinGlass.Sampling.Tests.Lattice;

/// <summary>
/// A fact that is reported skipped, not passed, on a CPU that cannot run both vector kernels of
/// <see cref="SquareIsingMultispin"/> (Vector512 needs AVX-512, 2×Vector256 needs AVX2).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BothVectorKernelsFactAttribute : FactAttribute
{
    public BothVectorKernelsFactAttribute()
    {
        if (!SquareIsingMultispin.Supports(MultispinKernel.Vector512, 1024) || !SquareIsingMultispin.Supports(MultispinKernel.Vector256, 1024))
        {
            Skip = "needs AVX-512 and AVX2 (both multispin vector kernels)";
        }
    }
}
