using SpinGlass.Models.Capabilities;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>The checkerboard site order of a hypercubic lattice.</summary>
internal static class CheckerboardOrder
{
    /// <summary>Every site with an even coordinate sum in index order, then every odd one.</summary>
    public static int[] Of(ILatticeGeometry lattice)
    {
        var order = new int[lattice.N];
        int next = 0;
        for (int parity = 0; parity < 2; parity++)
        {
            for (int i = 0; i < lattice.N; i++)
            {
                int sum = 0;
                for (int rest = i; rest > 0; rest /= lattice.L)
                {
                    sum += rest % lattice.L;
                }

                if (sum % 2 == parity)
                {
                    order[next++] = i;
                }
            }
        }

        return order;
    }
}
