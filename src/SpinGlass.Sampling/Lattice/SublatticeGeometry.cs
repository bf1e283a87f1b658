namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The bit layout of one checkerboard sublattice of an L×L lattice: L rows of H = L/2 spins in W = ⌈H/64⌉ words,
/// stored row after row (bit b of word w is column 64w + b; unused bits of a short last word stay 0).
/// Site (i, j) belongs to sublattice c = (i + j) mod 2 at column k = ⌊j/2⌋; its vertical neighbours are column k of
/// rows i ± 1 of the other sublattice, its horizontal ones columns k and k − 1 (i + c even) or k and k + 1 (i + c odd)
/// of row i, periodic in H.
/// </summary>
/// <param name="L">Side length (even).</param>
internal readonly record struct SublatticeGeometry(int L)
{
    /// <summary>Spins per sublattice row, H = L/2.</summary>
    public int Half => L / 2;

    /// <summary>Words per row.</summary>
    public int Words => (Half + 63) / 64;

    /// <summary>Words of one sublattice array.</summary>
    public int Length => L * Words;

    /// <summary>The valid bits of a row's last word.</summary>
    public ulong LastWordMask => Half % 64 == 0 ? ulong.MaxValue : (1UL << (Half % 64)) - 1;

    /// <summary>The index of the first word of row <paramref name="i"/>.</summary>
    public int RowStart(int i) => i * Words;
}
