using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>The whole-sweep zero-temperature kernel of a <see cref="HopfieldState"/> with ±1 neurons.</summary>
internal sealed class HopfieldZeroTemperatureKernel(HopfieldState state, PatternLayout layout) : IZeroTemperatureKernel
{
    /// <inheritdoc />
    public string Name { get; } = layout == PatternLayout.Wide
        ? "HopfieldState zero-temperature sweep over int16 rows"
        : "HopfieldState zero-temperature sweep over bit rows";

    /// <inheritdoc />
    public int Sweep(Xoshiro256StarStar rng, bool randomOrder) => state.SweepSign(rng, randomOrder);
}
