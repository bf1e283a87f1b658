using SpinGlass.Models.Couplings;

namespace SpinGlass.Analysis.Tests.SamplerValidation;

/// <summary>The Boltzmann distribution of a small bond list by brute force over all 2^N states (bit i of a state's index set where s_i = −1).</summary>
internal static class BruteForce
{
    /// <summary>The probability of every state at <paramref name="beta"/>.</summary>
    public static double[] Boltzmann(BondList bonds, double beta)
    {
        int n = bonds.N;
        var energies = new double[1 << n];
        var spins = new sbyte[n];
        for (int index = 0; index < energies.Length; index++)
        {
            for (int i = 0; i < n; i++)
            {
                spins[i] = (sbyte)(((index >> i) & 1) == 1 ? -1 : 1);
            }

            energies[index] = bonds.Energy(spins);
        }

        double ground = energies.Min();
        var weights = energies.Select(e => Math.Exp(-beta * (e - ground))).ToArray();
        double z = weights.Sum();
        return [.. weights.Select(w => w / z)];
    }

    /// <summary>The index of a configuration.</summary>
    public static int Index(ReadOnlySpan<sbyte> spins)
    {
        int index = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            index |= spins[i] < 0 ? 1 << i : 0;
        }

        return index;
    }
}
