using System.Numerics;

namespace SpinGlass.Analysis.Exact;

/// <summary>
/// The configuration index used by <see cref="ExactEnumeration"/>: <c>c = Σ_i 2^i [s_i = +1]</c>, i.e. bit <c>i</c> set ↔
/// <c>s_i = +1</c>, clear ↔ <c>s_i = −1</c>; index 0 is all spins down, <c>2^N − 1</c> all up.
/// </summary>
/// <remarks>Maps sampled configurations onto <see cref="EnumerationResult.Probabilities"/> for χ² tests.</remarks>
public static class ConfigurationIndex
{
    /// <summary>The configuration index of <paramref name="spins"/>: bit <c>i</c> set ↔ <c>s_i = +1</c>.</summary>
    /// <param name="spins">A configuration of <c>N ≤ 20</c> spins ±1.</param>
    public static int FromSpins(ReadOnlySpan<sbyte> spins)
    {
        if (spins.Length > ExactEnumeration.MaxSpins)
        {
            throw new ArgumentException($"At most {ExactEnumeration.MaxSpins} spins can be indexed.", nameof(spins));
        }

        int index = 0;
        for (int i = 0; i < spins.Length; i++)
        {
            index |= spins[i] > 0 ? 1 << i : 0;
        }

        return index;
    }

    /// <summary>The configuration with index <paramref name="index"/>: <c>s_i = +1</c> iff bit <c>i</c> is set.</summary>
    /// <param name="index">Configuration index in <c>[0, 2^N)</c>.</param>
    /// <param name="n">Number of spins <c>N ≤ 20</c>.</param>
    public static sbyte[] ToSpins(int index, int n)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, ExactEnumeration.MaxSpins);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 1 << n);
        var spins = new sbyte[n];
        for (int i = 0; i < n; i++)
        {
            spins[i] = (sbyte)((index >> i & 1) == 1 ? 1 : -1);
        }

        return spins;
    }

    /// <summary>The magnetisation per spin <c>m = (1/N) Σ_i s_i = (2·popcount(c) − N)/N</c> of index <c>c</c>.</summary>
    /// <param name="index">Configuration index.</param>
    /// <param name="n">Number of spins <c>N ≥ 1</c>.</param>
    public static double Magnetisation(int index, int n) => (2.0 * BitOperations.PopCount((uint)index) - n) / n;
}
