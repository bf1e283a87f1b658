using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Spiking;

/// <summary>Noisy cues of sparse patterns that keep the pattern's activity.</summary>
public static class SparseCue
{
    /// <summary>
    /// Copies <paramref name="pattern"/> (±1, +1 active) into <paramref name="cue"/> and moves <c>round(noise · K)</c> of its
    /// K active units to as many silent units, both drawn at random: the cue has the pattern's activity, a fraction
    /// <c>noise</c> of its active units are wrong, and its overlap (docs/spiking.md) is <c>1 − noise/(1 − a)</c>. For
    /// unbiased patterns (a = ½) this flips <c>noise · N</c> bits, like the binary experiments' cues.
    /// </summary>
    /// <returns>The number of active units moved.</returns>
    public static int Swap(ReadOnlySpan<sbyte> pattern, double noise, Xoshiro256StarStar rng, Span<sbyte> cue)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(noise, 1.0);
        if (cue.Length != pattern.Length)
        {
            throw new ArgumentException("The cue must have the pattern's length.", nameof(cue));
        }

        pattern.CopyTo(cue);
        int n = pattern.Length, active = 0;
        var activeUnits = new int[n];
        var silentUnits = new int[n];
        int silent = 0;
        for (int i = 0; i < n; i++)
        {
            if (pattern[i] > 0)
            {
                activeUnits[active++] = i;
            }
            else
            {
                silentUnits[silent++] = i;
            }
        }

        int moves = Math.Min((int)Math.Round(noise * active, MidpointRounding.AwayFromZero), silent);
        PartialShuffle(activeUnits.AsSpan(0, active), moves, rng);
        PartialShuffle(silentUnits.AsSpan(0, silent), moves, rng);
        for (int k = 0; k < moves; k++)
        {
            cue[activeUnits[k]] = -1;
            cue[silentUnits[k]] = 1;
        }

        return moves;
    }

    private static void PartialShuffle(Span<int> items, int count, Xoshiro256StarStar rng)
    {
        for (int k = 0; k < count; k++)
        {
            int pick = k + rng.NextInt(items.Length - k);
            (items[k], items[pick]) = (items[pick], items[k]);
        }
    }
}
