namespace SpinGlass.Analysis.Experiments.Stability;

/// <summary>One pattern set's outcome.</summary>
/// <param name="Errors">For each stored memory μ, the Hamming distance between ξ^μ and the fixed point reached from it.</param>
public sealed record StabilityTrial(IReadOnlyList<int> Errors);
