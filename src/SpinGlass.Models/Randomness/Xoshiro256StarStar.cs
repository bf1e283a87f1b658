using System.Runtime.CompilerServices;

namespace SpinGlass.Models.Randomness;

/// <summary>
/// The xoshiro256** generator: 256 bits of state, period 2^256 − 1, passes BigCrush. A reference type on purpose:
/// handing a stream to a chain or a helper shares it, so a stream can never be duplicated by an accidental copy
/// (two consumers drawing the same numbers). To fork or replay a stream, say so: <see cref="Clone"/>, or
/// <see cref="State"/> and the <see cref="Xoshiro256StarStar(RandomState)"/> constructor. Not thread-safe: one
/// stream per chain. Never <c>System.Random</c>, whose seeded constructor is a legacy algorithm.
/// </summary>
/// <remarks>Blackman and Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47 (2021).</remarks>
public sealed class Xoshiro256StarStar
{
    /// <summary>The state words; kernels in this assembly copy it to a local and back to keep it in registers.</summary>
    internal Xoshiro256Core Core;

    /// <summary>Seeds the state with four outputs of <see cref="SplitMix64"/> started at <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var sm = new SplitMix64(seed);
        Core = new Xoshiro256Core(sm.Next(), sm.Next(), sm.Next(), sm.Next());
    }

    /// <summary>Restores a saved state (see <see cref="State"/>); the state must not be all zero.</summary>
    public Xoshiro256StarStar(RandomState state) => State = state;

    /// <summary>The full generator state, to save and later restore a stream exactly (set: continue from a saved state, never all zero).</summary>
    public RandomState State
    {
        get => Core.State;
        set
        {
            if ((value.S0 | value.S1 | value.S2 | value.S3) == 0)
            {
                throw new ArgumentException("The xoshiro256** state must not be all zero.", nameof(value));
            }

            Core = new Xoshiro256Core(value.S0, value.S1, value.S2, value.S3);
        }
    }

    /// <summary>An independent generator that continues from this one's current state (an explicit replay of the stream).</summary>
    public Xoshiro256StarStar Clone() => new(State);

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64() => Core.NextUInt64();

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => Core.NextDouble();

    /// <summary>A uniform integer in [0, <paramref name="n"/>), unbiased (Lemire's multiply-and-reject).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int n) => Core.NextInt(n);

    /// <summary>A random spin, +1 or −1 with equal probability.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte NextSpin() => Core.NextSpin();

    /// <summary>A standard normal deviate (Marsaglia's polar method).</summary>
    public double NextGaussian()
    {
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        }
        while (s >= 1 || s == 0);
        return u * Math.Sqrt(-2 * Math.Log(s) / s);
    }
}
