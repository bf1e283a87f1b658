using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>The site array of permutation order and its per-sweep shuffle.</summary>
internal static class Permutation
{
    /// <summary>The sites 0 … n − 1.</summary>
    public static int[] Identity(int n) => [.. Enumerable.Range(0, n)];

    /// <summary>
    /// Fisher–Yates in place: for m = n − 1 … 1 swap m with <c>rng.NextInt(m + 1)</c> (n − 1 draws). A uniformly random
    /// permutation whatever the array held; allocates nothing.
    /// </summary>
    public static void Shuffle(int[] sites, Xoshiro256StarStar rng)
    {
        for (int m = sites.Length - 1; m > 0; m--)
        {
            int j = rng.NextInt(m + 1);
            (sites[m], sites[j]) = (sites[j], sites[m]);
        }
    }
}
