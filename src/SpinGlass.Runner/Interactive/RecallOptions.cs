using SpinGlass.Models.Randomness;
using SpinGlass.Sampling;

namespace SpinGlass.Runner.Interactive;

/// <summary>How <see cref="RecallEngine.Relax(NetworkModel, StateFile, RecallOptions, CancellationToken)"/> relaxes a state.</summary>
/// <param name="Rule">Zero-temperature (asynchronous), synchronous or Glauber. Modern networks take only their own update (leave it null).</param>
/// <param name="Order">The site order of asynchronous rules: random (the default), sequential, permutation (every site once per sweep in a fresh random order), or rows (zero-temperature, grid networks).</param>
/// <param name="Temperature">T: must be positive for Glauber, may be given for synchronous (heat bath), else 0.</param>
/// <param name="Seed">The seed of the chain's random stream (random and permutation order, Glauber).</param>
/// <param name="MaxSweeps">The sweep limit (updates for a modern network).</param>
/// <param name="Stream">When set, the chain continues this random stream (a previous result's <see cref="RecallResult.Stream"/>) instead of seeding one from <paramref name="Seed"/>.</param>
public sealed record RecallOptions(UpdateRule? Rule = null, SiteOrder? Order = null, double Temperature = 0, ulong Seed = 1, int MaxSweeps = 100, RandomState? Stream = null)
{
    /// <summary>The largest sweep limit.</summary>
    public const int MaxSweepLimit = 1_000_000;
}
