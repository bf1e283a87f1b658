namespace SpinGlass.Models.Capabilities;

/// <summary>
/// Capability of a chain state with memory across sweeps (a delay or filter on past states): a sampler calls
/// <see cref="EndSweep"/> after every sweep, so no caller has to remember it.
/// </summary>
public interface IEndOfSweepHook
{
    /// <summary>Takes in the state at the end of the sweep just done.</summary>
    void EndSweep();
}
