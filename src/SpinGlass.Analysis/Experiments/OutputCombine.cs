namespace SpinGlass.Analysis.Experiments;

/// <summary>How an output quantity of a point is obtained from the point and its trials.</summary>
public enum OutputCombine
{
    /// <summary>A coordinate of the point (a swept or derived parameter), the same for every trial.</summary>
    Coordinate,

    /// <summary>The mean over trials with its standard error (column <c>NAME_err</c>).</summary>
    Mean,

    /// <summary>The fraction of trials in which an event happens, with its binomial standard error (column <c>NAME_err</c>).</summary>
    Rate,

    /// <summary>The mean over trials, without an error column (e.g. sweeps made, τ_int).</summary>
    Average,

    /// <summary>An estimate from all trials together with its error, e.g. the jackknife over pooled bins.</summary>
    Estimate,

    /// <summary>A value computed from the point alone: theory beside the measurement, or exact results.</summary>
    Theory,

    /// <summary>A value derived from other outputs of the same point.</summary>
    Derived,
}
