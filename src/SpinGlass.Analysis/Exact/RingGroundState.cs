namespace SpinGlass.Analysis.Exact;

/// <summary>
/// The β = ∞ limit of the Ising ring: ground-state energy and degeneracy from the transfer matrix in the
/// (min, +) semiring, counting the minimising paths.
/// </summary>
internal static class RingGroundState
{
    /// <summary>Ground-state energy <c>E₀</c> and degeneracy <c>g</c> of <c>H = −J Σ s_i s_{i+1} − h Σ s_i</c> on a ring of <c>n</c> spins.</summary>
    public static (double Energy, double Degeneracy) Solve(int n, double j, double h)
    {
        // Bond energies e(s, s′) = −J s s′ − h(s + s′)/2, index 0 ↔ s = +1, 1 ↔ s = −1.
        var bond = new double[2, 2];
        for (int a = 0; a < 2; a++)
        {
            for (int b = 0; b < 2; b++)
            {
                int s = 1 - 2 * a, t = 1 - 2 * b;
                bond[a, b] = -j * s * t - 0.5 * h * (s + t);
            }
        }

        double energy = double.PositiveInfinity, degeneracy = 0;
        for (int start = 0; start < 2; start++)
        {
            // Paths from the start spin: best energy and number of minimisers ending in each state.
            double[] e = [bond[start, 0], bond[start, 1]], g = [1, 1];
            for (int step = 1; step < n; step++)
            {
                double[] nextE = new double[2], nextG = new double[2];
                for (int b = 0; b < 2; b++)
                {
                    (nextE[b], nextG[b]) = Combine(e[0] + bond[0, b], g[0], e[1] + bond[1, b], g[1]);
                }

                (e, g) = (nextE, nextG);
            }

            (energy, degeneracy) = Combine(energy, degeneracy, e[start], g[start]);
        }

        return (energy, degeneracy);
    }

    private static (double Energy, double Count) Combine(double e1, double g1, double e2, double g2)
    {
        if (double.IsPositiveInfinity(e1))
        {
            return (e2, g2);
        }

        double tolerance = 1e-12 * (1 + Math.Abs(e1) + Math.Abs(e2));
        if (Math.Abs(e1 - e2) <= tolerance)
        {
            return (Math.Min(e1, e2), g1 + g2);
        }

        return e1 < e2 ? (e1, g1) : (e2, g2);
    }
}
