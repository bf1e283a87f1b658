using SpinGlass.Models;

namespace SpinGlass.Sampling.Tests.Sweeps;

/// <summary>The exact Boltzmann distribution of a small model by enumeration, and a χ² test of sampled counts against it.</summary>
internal static class BoltzmannChiSquare
{
    /// <summary>Configuration index: bit i set when <c>s_i = +1</c>.</summary>
    public static int IndexOf(ReadOnlySpan<sbyte> spins)
    {
        int index = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            index |= spins[i] > 0 ? 1 << i : 0;
        }

        return index;
    }

    /// <summary><c>e^{−βE(s)}/Z</c> for every configuration index.</summary>
    public static double[] Exact(IEnergyModel model, double beta)
    {
        int n = model.N;
        var energies = new double[1 << n];
        var spins = new sbyte[n];
        for (int index = 0; index < energies.Length; index++)
        {
            for (int i = 0; i < n; i++)
            {
                spins[i] = (index >> i & 1) == 1 ? (sbyte)1 : (sbyte)-1;
            }

            energies[index] = model.Energy(spins);
        }

        double lowest = energies.Min();
        var weights = energies.Select(e => Math.Exp(-beta * (e - lowest))).ToArray();
        double z = weights.Sum();
        return [.. weights.Select(w => w / z)];
    }

    /// <summary>
    /// Pearson's χ² over the configurations expected at least 5 times (the rest pooled into one class), as a z-score by
    /// the Wilson–Hilferty cube root: about standard normal for a correct sampler.
    /// </summary>
    public static double ZScore(long[] counts, double[] probabilities)
    {
        double total = counts.Sum(), chi2 = 0, restObserved = 0, restExpected = 0;
        int classes = 1;
        for (int k = 0; k < counts.Length; k++)
        {
            double expected = total * probabilities[k];
            if (expected >= 5)
            {
                chi2 += (counts[k] - expected) * (counts[k] - expected) / expected;
                classes++;
            }
            else
            {
                (restObserved, restExpected) = (restObserved + counts[k], restExpected + expected);
            }
        }

        chi2 += restExpected > 0 ? (restObserved - restExpected) * (restObserved - restExpected) / restExpected : 0;
        int dof = classes - 1;
        double a = 2.0 / (9.0 * dof);
        return (Math.Cbrt(chi2 / dof) - (1 - a)) / Math.Sqrt(a);
    }
}
