using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// Recall cues made from a stored pattern <c>ξ</c> — noisy copies and partially erased copies — and the
/// distances used to score recall.
/// </summary>
/// <remarks>
/// Exact flip counts (rather than independent flips with probability <c>noise</c>) make every cue start at the
/// same overlap <c>m = 1 − 2·round(noise·N)/N</c>, so recall curves are not blurred by the binomial spread.
/// </remarks>
public static class Cues
{
    /// <summary>The number of flipped bits, <c>round(noise·N)</c>, rounding halves away from zero.</summary>
    /// <param name="n">The pattern size <c>N ≥ 0</c>.</param>
    /// <param name="noise">The fraction of flipped bits, in [0, 1].</param>
    public static int FlipCount(int n, double noise)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        RequireFraction(noise, nameof(noise));
        return (int)Math.Round(noise * n, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// A copy of <paramref name="pattern"/> with exactly <c>round(noise·N)</c> distinct bits flipped, chosen
    /// uniformly among all subsets of that size (partial Fisher–Yates shuffle).
    /// </summary>
    /// <param name="pattern">The pattern <c>ξ_i = ±1</c>.</param>
    /// <param name="noise">The fraction of flipped bits, in [0, 1]: 0 gives <c>ξ</c>, 1 gives <c>−ξ</c>.</param>
    /// <param name="rng">The random stream, advanced by <c>round(noise·N)</c> draws.</param>
    /// <returns>The cue <c>s</c>, with Hamming distance <c>round(noise·N)</c> to <c>ξ</c>.</returns>
    public static sbyte[] Flip(ReadOnlySpan<sbyte> pattern, double noise, Xoshiro256StarStar rng)
    {
        ModelGuards.RequireSpins(pattern, pattern.Length);
        var cue = pattern.ToArray();
        foreach (int i in RandomSubset(pattern.Length, FlipCount(pattern.Length, noise), rng))
        {
            cue[i] = (sbyte)-cue[i];
        }

        return cue;
    }

    /// <summary>
    /// <paramref name="count"/> distinct indices of 0 … n−1, uniformly among all subsets of that size, in the order a
    /// partial Fisher–Yates shuffle draws them (one draw each): the components a cue flips or masks.
    /// </summary>
    /// <param name="n">The pattern size.</param>
    /// <param name="count">How many indices, 0 … n.</param>
    /// <param name="rng">The random stream, advanced by <paramref name="count"/> draws.</param>
    public static int[] RandomSubset(int n, int count, Xoshiro256StarStar rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, n);
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        for (int k = 0; k < count; k++)
        {
            int j = k + rng.NextInt(n - k);
            (order[k], order[j]) = (order[j], order[k]);
        }

        return order[..count];
    }

    /// <summary>
    /// A copy of <paramref name="pattern"/> whose last <c>round(fraction·N)</c> bits (in index order: the bottom
    /// rows of a row-major image) are erased to −1 ("off").
    /// </summary>
    /// <param name="pattern">The pattern <c>ξ_i = ±1</c>.</param>
    /// <param name="fraction">The erased fraction, in [0, 1].</param>
    public static sbyte[] Mask(ReadOnlySpan<sbyte> pattern, double fraction)
    {
        var cue = MaskedCopy(pattern, fraction, out int start);
        cue.AsSpan(start).Fill(-1);
        return cue;
    }

    /// <summary>
    /// A copy of <paramref name="pattern"/> whose last <c>round(fraction·N)</c> bits are replaced by independent
    /// random spins ±1 (so on average half of the erased bits are still right).
    /// </summary>
    /// <param name="pattern">The pattern <c>ξ_i = ±1</c>.</param>
    /// <param name="fraction">The erased fraction, in [0, 1].</param>
    /// <param name="rng">The random stream, advanced by one draw per erased bit.</param>
    public static sbyte[] Mask(ReadOnlySpan<sbyte> pattern, double fraction, Xoshiro256StarStar rng)
    {
        var cue = MaskedCopy(pattern, fraction, out int start);
        for (int i = start; i < cue.Length; i++)
        {
            cue[i] = rng.NextSpin();
        }

        return cue;
    }

    /// <summary>The Hamming distance <c>d = #{i : a_i ≠ b_i}</c> between two configurations of equal length.</summary>
    public static int HammingDistance(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        RequireSameLength(a, b);
        int distance = 0;
        for (int i = 0; i < a.Length; i++)
        {
            distance += a[i] != b[i] ? 1 : 0;
        }

        return distance;
    }

    /// <summary>
    /// The overlap <c>m = (1/N) Σ_i a_i b_i</c> of two spin configurations (±1, equal length <c>N ≥ 1</c>);
    /// <c>m = 1 − 2d/N</c> with <c>d</c> the Hamming distance.
    /// </summary>
    public static double Overlap(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        RequireSameLength(a, b);
        if (a.Length == 0)
        {
            throw new ArgumentException("The overlap of empty configurations is undefined.", nameof(a));
        }

        int sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return (double)sum / a.Length;
    }

    private static sbyte[] MaskedCopy(ReadOnlySpan<sbyte> pattern, double fraction, out int start)
    {
        ModelGuards.RequireSpins(pattern, pattern.Length);
        RequireFraction(fraction, nameof(fraction));
        start = pattern.Length - (int)Math.Round(fraction * pattern.Length, MidpointRounding.AwayFromZero);
        return pattern.ToArray();
    }

    private static void RequireFraction(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "The fraction must lie in [0, 1].");
        }
    }

    private static void RequireSameLength(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"The configurations differ in length: {a.Length} and {b.Length}.", nameof(b));
        }
    }
}
