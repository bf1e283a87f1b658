using System.Numerics;
using System.Runtime.CompilerServices;

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
        ulong range = (ulong)n;
        ulong m = Math.BigMul(NextUInt64(), range, out ulong low);
        if (low < range)
        {
            ulong threshold = (0UL - range) % range;
            while (low < threshold)
            {
                m = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)m;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte NextSpin() => (NextUInt64() >> 63) == 0 ? (sbyte)1 : (sbyte)-1;
}
