namespace SpinGlass.Analysis.Experiments;

/// <summary>A named result of a whole run, with its error and the reference it is compared with.</summary>
/// <param name="Value">The measured or computed value.</param>
/// <param name="Error">Its standard error, when it has one.</param>
/// <param name="Reference">The reference value (theory or literature), when there is one.</param>
/// <param name="Source">Where the reference comes from, e.g. "Onsager 1944".</param>
public sealed record DerivedValue(double Value, double? Error = null, double? Reference = null, string? Source = null);
