using SpinGlass.Models.Randomness;

namespace SpinGlass.Models.Hopfield;

/// <summary>
/// A single-spin decision from an integer flip cost (<see cref="HopfieldState.FlipCostNumerator"/>), as a struct so that
/// <see cref="HopfieldState.SweepByFlipCost"/> is compiled once per decision type, with no call per spin.
/// </summary>
public interface IFlipCostDecision
{
    /// <summary>Whether to flip a spin of integer flip cost <paramref name="k"/>, drawing from <paramref name="rng"/> if the rule does.</summary>
    bool Accept(int k, Xoshiro256StarStar rng);
}
