using SpinGlass.Models.Randomness;

namespace SpinGlass.Runner.Interactive;

/// <summary>A relaxation: the step after every sweep, the final state, and how it ended.</summary>
/// <param name="Steps">t = 0 (the start), 1, … .</param>
/// <param name="Final">The final state (with the network's grid size when it has one).</param>
/// <param name="FixedPoint">True when the final state is a fixed point of the zero-temperature (or modern) update.</param>
/// <param name="Engine">What ran, e.g. the Markov chain's engine string.</param>
/// <param name="Stream">The chain's random stream at the end (pass it as <see cref="RecallOptions.Stream"/> to continue), or null for a modern network.</param>
public sealed record RecallResult(IReadOnlyList<RecallStep> Steps, StateFile Final, bool FixedPoint, string Engine, RandomState? Stream = null);
