using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace SpinGlass.Models.Randomness;

/// <summary>
/// The four state words and the step of xoshiro256**, as a value. Only <see cref="Xoshiro256StarStar"/> holds one; a
/// kernel that wants the generator in registers copies it into a local and writes it back, visibly
/// (<c>var local = rng.Core; … rng.Core = local;</c>), so no stream is ever duplicated by accident.
/// </summary>
internal struct Xoshiro256Core
{
    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256Core(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    public readonly RandomState State => new(_s0, _s1, _s2, _s3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int n)
    {
        // Lemire's multiply-and-reject: the high word is the value, the low word decides rejection
        ulong range = (ulong)n;
        ulong x = NextUInt64();
        ulong low = x * range;
        if (low < range)
        {
            ulong threshold = (0UL - range) % range;
            while (low < threshold)
            {
                x = NextUInt64();
                low = x * range;
            }
        }

        return (int)High(x, range);
    }

    /// <summary>
    /// The high word of the 128-bit product: <c>mulx</c> into a register where BMI2 is there (<c>Math.BigMul</c>'s low word
    /// makes the JIT go through the stack in a sweep's hot loop), else <c>Math.BigMul</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong High(ulong a, ulong b) => Bmi2.X64.IsSupported ? Bmi2.X64.MultiplyNoFlags(a, b) : Math.BigMul(a, b, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte NextSpin() => (NextUInt64() >> 63) == 0 ? (sbyte)1 : (sbyte)-1;
}
