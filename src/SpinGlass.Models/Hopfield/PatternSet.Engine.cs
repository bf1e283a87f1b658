namespace SpinGlass.Models.Hopfield;

/// <summary>The description of the storage and kernels a pattern set's chains run on.</summary>
public sealed partial class PatternSet
{
    /// <summary>
    /// The layout and the vector width of the O(p) field and flip kernels on this machine:
    /// <c>"wide int16 rows; dot W, update W"</c> (<see cref="PatternLayout.Wide"/>) or
    /// <c>"packed bit rows; masked sum W, update W"</c> (<see cref="PatternLayout.Packed"/>), each W one of
    /// <c>Vector512</c>, <c>Vector256</c> or <c>scalar</c>.
    /// </summary>
    /// <remarks>
    /// Every kernel is exact integer arithmetic, so the width never changes a result: a CPU without AVX-512 (or where
    /// .NET does not accelerate <c>Vector512</c>) runs the Vector256 kernels, one without AVX2 the scalar loops, and
    /// every field, overlap and trajectory is the same, bit for bit. The layout can change results in no way either
    /// (both layouts give the same exact integers); it is chosen from N and p alone (<see cref="LayoutFor"/>), never from
    /// the CPU.
    /// </remarks>
    public string Engine => Layout == PatternLayout.Wide
        ? $"wide int16 rows; dot {OverlapKernels.Int16DotWidth}, update {OverlapKernels.GenericWidth}"
        : $"packed bit rows; masked sum {OverlapKernels.GenericWidth}, update {OverlapKernels.GenericWidth}";
}
