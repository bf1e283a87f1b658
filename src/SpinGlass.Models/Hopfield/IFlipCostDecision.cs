namespace SpinGlass.Models.Hopfield;

/// <summary>
/// A single-spin decision from an integer flip cost (<see cref="HopfieldState.FlipCostNumerator"/>), as a struct so that
/// <see cref="HopfieldState.SweepByFlipCost"/> is compiled once per decision type, with no call per spin. The decision is
/// an integer threshold: the sweep draws (if it must) and compares, with the generator's state in registers.
/// </summary>
public interface IFlipCostDecision
{
    /// <summary><see cref="Threshold"/>: flip without drawing.</summary>
    public const long AcceptWithoutDraw = -1;

    /// <summary><see cref="Threshold"/>: keep the spin without drawing.</summary>
    public const long RejectWithoutDraw = -2;

    /// <summary>
    /// The decision for a spin of integer flip cost <paramref name="k"/>: a threshold <c>t ≥ 0</c> means "draw one 64-bit
    /// word x and flip when <c>x &gt;&gt; 11 &lt; t</c>" (a flip probability of <c>t·2⁻⁵³</c>, at most <c>2⁵³</c>);
    /// <see cref="AcceptWithoutDraw"/> and <see cref="RejectWithoutDraw"/> decide without a draw.
    /// </summary>
    long Threshold(int k);
}
