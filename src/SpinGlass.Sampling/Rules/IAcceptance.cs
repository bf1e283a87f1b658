using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Rules;

/// <summary>
/// A single-spin acceptance rule as a static-abstract struct, so the sweep loop is specialised by the JIT
/// with no virtual call per spin.
/// </summary>
public interface IAcceptance
{
    /// <summary>Decides whether to flip a spin whose flip costs <paramref name="cost"/> (= ΔE for energy models).</summary>
    static abstract bool Accept(double cost, double beta, Xoshiro256StarStar rng);
}
