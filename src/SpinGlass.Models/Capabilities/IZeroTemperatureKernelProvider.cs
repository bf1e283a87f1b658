namespace SpinGlass.Models.Capabilities;

/// <summary>Capability of a chain state that may have a whole-sweep zero-temperature kernel.</summary>
public interface IZeroTemperatureKernelProvider
{
    /// <summary>
    /// The state's whole-sweep kernel, or null when it has none for its configuration (for a Hopfield network: ±1
    /// neurons have one, 0/1 neurons with thresholds do not). Fixed for the life of the state.
    /// </summary>
    IZeroTemperatureKernel? ZeroTemperatureKernel { get; }
}
