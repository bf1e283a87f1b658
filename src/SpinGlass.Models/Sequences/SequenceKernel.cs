namespace SpinGlass.Models.Sequences;

/// <summary>How the asymmetric (sequence) term sees the state: the filter that turns s(t) into s̄(t). Time is counted in sweeps.</summary>
public enum SequenceKernel
{
    /// <summary>No filter: <c>s̄(t) = s(t)</c> (Amari; Düring–Coolen–Sherrington with synchronous updates).</summary>
    None,

    /// <summary>A pure delay: <c>s̄(t) = s(t − τ)</c> (Sompolinsky and Kanter 1986).</summary>
    Delay,

    /// <summary>A step (running mean) of width τ: <c>s̄(t) = (1/τ) Σ_{t' = t−τ+1}^{t} s(t')</c> (Kleinfeld 1986).</summary>
    Step,

    /// <summary>An exponential memory with time constant τ: <c>s̄(t+1) = s̄(t) + (s(t) − s̄(t))/τ</c>.</summary>
    Exponential,
}
