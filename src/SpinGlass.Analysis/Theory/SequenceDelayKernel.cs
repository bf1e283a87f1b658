namespace SpinGlass.Analysis.Theory;

/// <summary>The delay kernel <c>w(t′)</c> behind the slow field <c>s̄_j(t) = ∫ w(t′) s_j(t − t′) dt′</c> of a sequence network.</summary>
/// <remarks>Sompolinsky &amp; Kanter, Phys. Rev. Lett. 57, 2861 (1986); Kleinfeld, PNAS 83, 9469 (1986).</remarks>
public enum SequenceDelayKernel
{
    /// <summary>A pure delay, <c>w(t′) = δ(t′ − τ)</c>: <c>s̄(t) = s(t − τ)</c>.</summary>
    PureDelay,

    /// <summary>A step of width τ, <c>w(t′) = 1/τ</c> on <c>[0, τ]</c>: <c>s̄</c> is the running mean over the last τ.</summary>
    Step,
}
