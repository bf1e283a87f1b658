using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SpinGlass.Models.Hopfield;
using SpinGlass.Sampling.Rules;

namespace SpinGlass.Sampling.Sweeps;

/// <summary>
/// Metropolis or Glauber on an integer flip cost, by its threshold table: the table's window held in the struct itself,
/// so that a sweep reads it without going through the table object per update (the same thresholds as
/// <see cref="IntegerCostThresholds.Threshold(int)"/>).
/// </summary>
internal readonly struct ThresholdDecision : IFlipCostDecision
{
    private readonly long[] _entries;
    private readonly int _lo;
    private readonly uint _span;
    private readonly IntegerCostThresholds _thresholds;

    public ThresholdDecision(IntegerCostThresholds thresholds)
    {
        _thresholds = thresholds;
        (_entries, _lo, _span) = thresholds.Window;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <see cref="IntegerCostThresholds.Threshold(int)"/>'s two-line look-up, repeated over the copied window: sharing it
    /// through a helper made the JIT load and spill the table object on every update.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Threshold(int k)
    {
        uint offset = (uint)(k - _lo);
        return offset <= _span ? Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), (nint)(offset >> 1)) : _thresholds.Threshold(k);
    }
}
