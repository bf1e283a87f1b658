using System.Runtime.CompilerServices;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>Metropolis or Glauber on an integer flip cost, by its threshold table.</summary>
internal readonly struct ThresholdDecision(IntegerCostThresholds thresholds) : IFlipCostDecision
{
    private readonly IntegerCostThresholds _thresholds = thresholds;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Threshold(int k) => _thresholds.Threshold(k);
}
