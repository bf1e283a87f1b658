namespace SpinGlass.Sampling.Annealing;

/// <summary>What one annealing run found.</summary>
/// <param name="BestSpins">The lowest-energy configuration seen at the end of a sweep (or the start).</param>
/// <param name="BestEnergy">Its energy as the chain tracked it (incrementally; recompute from the spins for an exact value).</param>
/// <param name="FinalEnergy">The energy after the last sweep.</param>
/// <param name="Sweeps">The sweeps made.</param>
/// <param name="AcceptanceRate">The fraction of attempted updates that flipped a spin, over the whole run.</param>
/// <param name="Engine">The chain that ran (<see cref="MarkovChain.Engine"/> of the last step).</param>
public sealed record AnnealingOutcome(sbyte[] BestSpins, double BestEnergy, double FinalEnergy, long Sweeps, double AcceptanceRate, string Engine);
