using SpinGlass.Analysis.Exact.Enumeration;

namespace SpinGlass.Analysis.Experiments.Exact;

/// <summary>One disorder sample seen at one temperature: the solution shared by all temperatures and this point's row.</summary>
/// <param name="Solution">The sample's enumeration.</param>
/// <param name="Row">The thermal averages at the point's temperature.</param>
/// <param name="Sample">The sample (trial) index.</param>
public sealed record ExactTrial(ExactSolution Solution, ThermalRow Row, int Sample);
