using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>The whole-sweep zero-temperature kernel of a <see cref="HopfieldState"/> with ±1 neurons.</summary>
internal sealed class HopfieldZeroTemperatureKernel(HopfieldState state) : IZeroTemperatureKernel
{
    /// <inheritdoc />
    public string Name { get; } = $"HopfieldState zero-temperature sweep over {state.SweepStorage}";

    /// <inheritdoc />
    public int Sweep(Xoshiro256StarStar rng, bool randomOrder) => state.SweepSign(rng, randomOrder);
}
