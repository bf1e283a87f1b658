using SpinGlass.Analysis.Exact.Enumeration;

namespace SpinGlass.Analysis.Tests.Exact.Enumeration;

/// <summary>Thermal averages and replica overlaps by direct sums over all states and all pairs of states (N ≤ 10).</summary>
internal static class BruteForce
{
    public static (double Energy, double Heat, double AbsM, double Q2, double Q4) At(PairwiseForm form, double beta)
    {
        int n = form.N, count = 1 << n;
        var energies = new double[count];
        var spins = new sbyte[count][];
        for (int x = 0; x < count; x++)
        {
            spins[x] = new sbyte[n];
            for (int i = 0; i < n; i++)
            {
                spins[x][i] = ((x >> i) & 1) != 0 ? (sbyte)1 : (sbyte)-1;
            }

            energies[x] = form.Energy(spins[x]);
        }

        double e0 = energies.Min();
        var w = energies.Select(e => Math.Exp(-beta * (e - e0))).ToArray();
        double z = w.Sum();
        double e1 = 0, e2 = 0, absM = 0;
        for (int x = 0; x < count; x++)
        {
            e1 += w[x] * energies[x] / z;
            e2 += w[x] * energies[x] * energies[x] / z;
            absM += w[x] * Math.Abs(spins[x].Sum(s => (double)s)) / n / z;
        }

        double q2 = 0, q4 = 0;
        for (int x = 0; x < count; x++)
        {
            for (int y = 0; y < count; y++)
            {
                double q = 0;
                for (int i = 0; i < n; i++)
                {
                    q += spins[x][i] * spins[y][i];
                }

                q /= n;
                double p = w[x] * w[y] / (z * z);
                q2 += p * q * q;
                q4 += p * q * q * q * q;
            }
        }

        return (e1 / n, beta * beta * (e2 - e1 * e1) / n, absM, q2, q4);
    }
}
