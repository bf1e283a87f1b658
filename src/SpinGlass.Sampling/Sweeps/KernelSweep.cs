using SpinGlass.Models.Capabilities;
using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>A zero-temperature sweep run by the state's own whole-sweep kernel (random or sequential order).</summary>
internal sealed class KernelSweep(IZeroTemperatureKernel kernel, bool randomOrder, Xoshiro256StarStar rng) : ChainSweep
{
    /// <inheritdoc />
    public override string Path => kernel.Name;

    /// <inheritdoc />
    public override int Sweep() => kernel.Sweep(rng, randomOrder);
}
