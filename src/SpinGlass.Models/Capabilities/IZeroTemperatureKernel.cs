using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Capabilities;

/// <summary>
/// A whole-sweep kernel of asynchronous zero-temperature dynamics: N updates <c>s_i ← sgn(h_i)</c> (a zero field keeps
/// the spin) in one tight loop, with exactly the sites, draws and decisions of the site-by-site loop over
/// <see cref="ISiteAccess.FlipLowersCost"/> and <see cref="ISiteAccess.Flip"/>.
/// </summary>
public interface IZeroTemperatureKernel
{
    /// <summary>A short stable name of the loop that runs (for the record of which engine ran).</summary>
    string Name { get; }

    /// <summary>One sweep; returns the number of flips.</summary>
    /// <param name="rng">The chain's generator: site k is <c>rng.NextInt(N)</c> in random order, untouched in site order.</param>
    /// <param name="randomOrder">Random site order, else sites 0 … N−1.</param>
    int Sweep(Xoshiro256StarStar rng, bool randomOrder);
}
