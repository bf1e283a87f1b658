using SpinGlass.Models.Couplings;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>Integer bonds and fields in the walk's padded layout, with <c>Bound = Σ|J| + Σ|h| ≥ |E|</c>.</summary>
/// <param name="Matrix">J_ij, <c>N × 32</c>, symmetric, zero diagonal and padding.</param>
/// <param name="Fields">h_i.</param>
/// <param name="Bound">A bound on |E| and on every |h_i|.</param>
internal sealed record IntegerCouplings(int[] Matrix, int[] Fields, int Bound)
{
    /// <summary>The integer layout of <paramref name="bonds"/>, or null when they are not integers or too large for the walk's int32 sums and its joint histogram.</summary>
    public static IntegerCouplings? TryCreate(BondList bonds, int maxBound, long maxCells)
    {
        if (!bonds.IsIntegral)
        {
            return null;
        }

        int n = bonds.N;
        double bound = 0;
        for (int b = 0; b < bonds.Count; b++)
        {
            bound += Math.Abs(bonds[b].Strength);
        }

        foreach (double h in bonds.Fields)
        {
            bound += Math.Abs(h);
        }

        if (bound > maxBound || ((2 * bound) + 1) * (n + 1) > maxCells)
        {
            return null;
        }

        var matrix = new int[n * GrayWalk.Lanes];
        for (int b = 0; b < bonds.Count; b++)
        {
            var (i, j, strength) = bonds[b];
            matrix[(i * GrayWalk.Lanes) + j] = (int)strength;
            matrix[(j * GrayWalk.Lanes) + i] = (int)strength;
        }

        var fields = new int[n];
        for (int i = 0; i < n; i++)
        {
            fields[i] = (int)bonds.Fields[i];
        }

        return new IntegerCouplings(matrix, fields, (int)bound);
    }
}
