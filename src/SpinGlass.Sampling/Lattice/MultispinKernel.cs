namespace SpinGlass.Sampling.Lattice;

/// <summary>Which implementation of the multispin sweep a <see cref="SquareIsingMultispin"/> uses.</summary>
public enum MultispinKernel
{
    /// <summary>The widest vector kernel that the row length and the CPU allow, else <see cref="Words"/>. The default.</summary>
    Automatic,

    /// <summary>One 64-bit word at a time; any even L.</summary>
    Words,

    /// <summary>Eight words per AVX-512 instruction; L a multiple of 1024.</summary>
    Vector512,

    /// <summary>Eight words as two AVX2 vectors, lane for lane identical to <see cref="Vector512"/>; L a multiple of 1024.</summary>
    Vector256,
}
