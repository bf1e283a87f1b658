using SpinGlass.Sampling.Lattice;

namespace SpinGlass.Tests.Hardware;

/// <summary>A fact that is reported skipped, not passed, on a CPU that cannot run <see cref="SquareIsingCheckerboard"/> (AVX2).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class Avx2FactAttribute : FactAttribute
{
    public Avx2FactAttribute()
    {
        if (!SquareIsingCheckerboard.IsSupported)
        {
            Skip = "needs AVX2 (SquareIsingCheckerboard.IsSupported is false on this machine)";
        }
    }
}
