using System.Numerics;
using SpinGlass.Analysis.Experiments.SpinGlasses;

namespace SpinGlass.Analysis.Experiments.Anneal;

/// <summary>
/// The ground-state energy of a small instance by visiting every configuration once in Gray-code order (one flip per
/// step, the energy updated incrementally), for the annealer's success test. Without fields E(s) = E(−s), so the last
/// spin stays up and 2^(N−1) states suffice.
/// </summary>
internal static class GroundStateEnumeration
{
    /// <summary>The largest N enumerated (2^23 states without fields, 2^24 with).</summary>
    public const int MaxN = 24;

    /// <summary>The lowest energy, recomputed from scratch for the lowest configuration found.</summary>
    public static double Energy(SourcedModel instance)
    {
        var model = instance.Model;
        int n = model.N;
        if (n > MaxN)
        {
            throw new ArgumentOutOfRangeException(nameof(instance), n, $"Enumeration visits 2^N states; N is at most {MaxN} here.");
        }

        bool symmetric = instance.Couplings is { } bonds ? !bonds.Fields.ContainsAnyExcept(0.0) : instance.Patterns is not null;
        int free = symmetric ? n - 1 : n;
        var spins = new sbyte[n];
        Array.Fill(spins, (sbyte)1);
        var state = model.CreateState(spins);
        double best = state.Energy;
        long bestStep = 0, count = 1L << free;
        for (long k = 1; k < count; k++)
        {
            state.Flip(BitOperations.TrailingZeroCount(k));
            if (state.Energy < best)
            {
                (best, bestStep) = (state.Energy, k);
            }
        }

        // the configuration after step k is the Gray code k ^ (k >> 1): bit i set = spin i down
        long gray = bestStep ^ (bestStep >> 1);
        for (int i = 0; i < n; i++)
        {
            spins[i] = (sbyte)(((gray >> i) & 1) == 0 ? 1 : -1);
        }

        return model.Energy(spins);
    }
}
