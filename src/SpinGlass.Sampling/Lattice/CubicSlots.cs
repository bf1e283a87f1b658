namespace SpinGlass.Sampling.Lattice;

/// <summary>
/// The bit layout of one checkerboard sublattice of a periodic L×L×L lattice of even L ≤ 128. Sublattice c holds the
/// sites with <c>(x + y + z) mod 2 = c</c>; its row (y, z) has H = L/2 sites, column k at <c>x = 2k + ((c + y + z) mod 2)</c>.
/// Rows of H ≤ 32 sites share a word two to a word (slot 0: plane z, slot 1: plane z + L/2, bits 32 on), longer rows
/// fill one word each; the words run plane after plane, y inside a plane: word <c>p·L + y</c>.
/// </summary>
/// <remarks>
/// Neighbours of column k in row (y, z), all in the other sublattice: column k of rows (y ± 1, z) and (y, z ± 1) —
/// the same bit of the words one row or one plane away, where the plane past either end is the plane at the other end
/// with its two slots swapped (a 32-bit rotation) — and columns k and k − 1 (x even) or k and k + 1 (x odd) of row (y, z).
/// </remarks>
/// <param name="L">Side length (even, 2 … 128).</param>
internal readonly record struct CubicSlots(int L)
{
    /// <summary>The largest side length of the layout.</summary>
    public const int MaxL = 128;

    /// <summary>Sites per sublattice row, H = L/2.</summary>
    public int Half => L / 2;

    /// <summary>Rows per word: 2 when H ≤ 32, else 1.</summary>
    public int Slots => Half <= 32 ? 2 : 1;

    /// <summary>Planes of words, L/<see cref="Slots"/>.</summary>
    public int Planes => L / Slots;

    /// <summary>Words of one sublattice array.</summary>
    public int Length => Planes * L;

    /// <summary>The H bits of one row.</summary>
    public ulong RowMask => Half == 64 ? ulong.MaxValue : (1UL << Half) - 1;

    /// <summary>The bits of a word that hold sites.</summary>
    public ulong Valid => Slots == 2 ? RowMask | (RowMask << 32) : RowMask;

    /// <summary>Column 0 of every slot.</summary>
    public ulong First => Slots == 2 ? 1UL | (1UL << 32) : 1UL;

    /// <summary>Column H − 1 of every slot.</summary>
    public ulong Last => First << (Half - 1);

    /// <summary>True when a plane's neighbour across the ends needs its slots swapped.</summary>
    public bool SwapsAtEnds => Slots == 2;

    /// <summary>
    /// The slots of word (p, y) of sublattice c whose sites sit at even x, so that their horizontal neighbours are
    /// columns k and k − 1 ("left"); the other slots take k and k + 1.
    /// </summary>
    public ulong LeftMask(int c, int p, int y)
    {
        ulong mask = ((c + y + p) & 1) == 0 ? RowMask : 0;
        if (Slots == 2 && ((c + y + p + Planes) & 1) == 0)
        {
            mask |= RowMask << 32;
        }

        return mask;
    }

    /// <summary>The word and bit of site (x, y, z) in its sublattice <c>(x + y + z) mod 2</c>.</summary>
    public (int Word, int Bit) Locate(int x, int y, int z) => ((z % Planes * L) + y, (z / Planes * 32) + (x >> 1));
}
