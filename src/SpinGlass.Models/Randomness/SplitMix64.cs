namespace SpinGlass.Models.Randomness;

/// <summary>SplitMix64, the generator recommended to seed the xoshiro family from a single 64-bit value.</summary>
/// <remarks>Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.</remarks>
public struct SplitMix64
{
    private ulong _state;

    /// <summary>Starts the sequence at <paramref name="seed"/>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64-bit output.</summary>
    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>The SplitMix64 finaliser: a bijective avalanche mix of a 64-bit value.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
