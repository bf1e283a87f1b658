using System.Numerics;

namespace SpinGlass.Analysis.Exact.Enumeration;

/// <summary>
/// The exact overlap statistics of two independent replicas at the same temperature, <c>q = (1/N) Σ_i s_i t_i</c>, from
/// the Walsh–Hadamard transform of the Boltzmann weights. With <c>Ŵ_S = Σ_s w(s) Π_{i∈S} s_i</c>, the overlap vector
/// <c>u_i = s_i t_i</c> has <c>⟨Π_{i∈S} u_i⟩ = (Ŵ_S/Z)²</c>; summed over sets of size <c>j</c>, <c>A_j = Σ_{|S|=j} (Ŵ_S/Z)²</c>.
/// Then <c>⟨(Nq)²⟩ = N + 2A_2</c>, <c>⟨(Nq)⁴⟩ = 3N² − 2N + (12N − 16)A_2 + 24A_4</c> (sums of non-negative terms: no
/// cancellation), and the probability of Hamming distance <c>d</c> (<c>q = 1 − 2d/N</c>) is
/// <c>P(d) = 2^{−N} Σ_j A_j K_d(j)</c> with the Krawtchouk polynomials <c>K_d(j) = Σ_i (−1)^i C(j,i) C(N−j, d−i)</c>
/// (integers, exact in double); its rounding error is about <c>ε·√C(N,d)</c> (below 1e-11 for N ≤ 28), clipped at 0.
/// </summary>
/// <remarks>
/// Doubles throughout: in single precision the weights' transform carries relative errors of ~1e-7, harmless for
/// q2 and q4 but ~1e-3 in the tails of P(q) at N = 26, so halving the 2^N table is not worth it.
/// </remarks>
internal static class ReplicaOverlaps
{
    /// <summary>q2 = ⟨q²⟩, q4 = ⟨q⁴⟩ and P(q) for q = 1, 1 − 2/N, …, −1 from the transformed weights <paramref name="transformed"/>.</summary>
    public static (double Q2, double Q4, double[] Distribution) From(ReadOnlySpan<double> transformed, int n)
    {
        var sums = new CompensatedSum[n + 1];
        for (int k = 0; k < transformed.Length; k++)
        {
            double v = transformed[k];
            sums[BitOperations.PopCount((uint)k)].Add(v * v);
        }

        double z = transformed[0], zz = z * z;
        var a = new double[n + 1];
        for (int j = 0; j <= n; j++)
        {
            a[j] = sums[j].Value / zz;
        }

        double a2 = n >= 2 ? a[2] : 0, a4 = n >= 4 ? a[4] : 0, nn = n;
        double q2 = (nn + (2 * a2)) / (nn * nn);
        double q4 = ((3 * nn * nn) - (2 * nn) + (((12 * nn) - 16) * a2) + (24 * a4)) / (nn * nn * nn * nn);
        var distribution = new double[n + 1];
        double scale = Math.ScaleB(1.0, -n);
        for (int d = 0; d <= n; d++)
        {
            var p = default(CompensatedSum);
            for (int j = 0; j <= n; j++)
            {
                p.Add(a[j] * Krawtchouk(n, d, j));
            }

            distribution[d] = Math.Max(0, p.Value * scale);
        }

        return (q2, q4, distribution);
    }

    /// <summary><c>K_d(j) = Σ_i (−1)^i C(j, i) C(N − j, d − i)</c>.</summary>
    public static double Krawtchouk(int n, int d, int j)
    {
        long sum = 0;
        for (int i = Math.Max(0, d - (n - j)); i <= Math.Min(j, d); i++)
        {
            long term = Binomial(j, i) * Binomial(n - j, d - i);
            sum += (i & 1) == 0 ? term : -term;
        }

        return sum;
    }

    private static long Binomial(int n, int k)
    {
        long c = 1;
        for (int i = 1; i <= k; i++)
        {
            c = c * (n - k + i) / i;
        }

        return c;
    }
}
