using System.Runtime.CompilerServices;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Rules;

/// <summary>Zero-temperature rule <c>s_i ← sgn(h_i)</c>: flip only when the flip lowers the cost; a zero field keeps the spin.</summary>
public readonly struct ZeroTemperatureAcceptance : IAcceptance
{
    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Accept(double cost, double beta, Xoshiro256StarStar rng) => cost < 0;
}
