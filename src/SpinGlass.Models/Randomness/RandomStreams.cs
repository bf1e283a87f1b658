namespace SpinGlass.Models.Randomness;

/// <summary>
/// Independent random streams derived from (master seed, point, trial), so that every chain owns its
/// stream and results never depend on thread count or scheduling.
/// </summary>
public static class RandomStreams
{
    /// <summary>The stream family, as recorded in <c>summary.json</c>: the same on every machine.</summary>
    public const string Family = "xoshiro256** per trial, SplitMix64-seeded from (seed, point, trial)";

    /// <summary>The stream of trial <paramref name="trial"/> at point <paramref name="point"/> of a run seeded with <paramref name="masterSeed"/>.</summary>
    public static Xoshiro256StarStar For(ulong masterSeed, int point, int trial) =>
        new(Key(masterSeed, (ulong)(uint)point, (ulong)(uint)trial));

    /// <summary>A sub-stream of a chain for a distinct purpose (e.g. disorder vs dynamics).</summary>
    public static Xoshiro256StarStar For(ulong masterSeed, int point, int trial, int purpose) =>
        new(SplitMix64.Mix(Key(masterSeed, (ulong)(uint)point, (ulong)(uint)trial) ^ SplitMix64.Mix(0xD1B54A32D192ED03UL + (ulong)(uint)purpose)));

    private static ulong Key(ulong master, ulong point, ulong trial)
    {
        const ulong Golden = 0x9E3779B97F4A7C15UL;
        ulong h = SplitMix64.Mix(master + Golden);
        h = SplitMix64.Mix(h ^ unchecked(point + 2 * Golden));
        return SplitMix64.Mix(h ^ unchecked(trial + 3 * Golden));
    }
}
