using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Tempering;

/// <summary>
/// The acceptance of a replica exchange between neighbouring temperatures, as a static-abstract struct (like
/// <see cref="Rules.IAcceptance"/>), so a test can run the engine with a deliberately wrong rule.
/// </summary>
public interface IExchangeRule
{
    /// <summary>
    /// Decides a swap whose exact log acceptance ratio is <c>Δ = (β_k − β_{k+1})(E_k − E_{k+1})</c>, where <c>E_k</c> is the
    /// energy of the configuration at <c>β_k</c>.
    /// </summary>
    static abstract bool Accept(double logRatio, Xoshiro256StarStar rng);
}
