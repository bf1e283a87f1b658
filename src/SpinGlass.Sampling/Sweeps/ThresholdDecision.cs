using System.Runtime.CompilerServices;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Randomness;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>Metropolis or Glauber on an integer flip cost, by its threshold table.</summary>
internal readonly struct ThresholdDecision(IntegerCostThresholds thresholds) : IFlipCostDecision
{
    private readonly IntegerCostThresholds _thresholds = thresholds;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accept(int k, Xoshiro256StarStar rng) => _thresholds.Accept(k, rng);
}
