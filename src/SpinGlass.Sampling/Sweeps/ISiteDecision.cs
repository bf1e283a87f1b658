using SpinGlass.Models.Randomness;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// The per-site step of an asynchronous sweep as a struct: whether to flip site i (drawing from the chain's stream as
/// the rule does), and the flip. <see cref="SiteSweep{TDecision}"/> is compiled once per decision type.
/// </summary>
internal interface ISiteDecision
{
    /// <summary>Whether to flip site <paramref name="i"/>.</summary>
    bool Decide(int i, Xoshiro256StarStar rng);

    /// <summary>Flips site <paramref name="i"/>.</summary>
    void Flip(int i);
}
