using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Merging;

/// <summary>
/// The <c>merging</c> experiment (Hopfield 1982): <c>Memories − 1</c> random memories and one more made exactly
/// <c>distance</c> Hamming bits from memory 1; both memory 1 and the last memory are relaxed at T = 0 to fixed
/// points, and the trial is classified as <see cref="MergingOutcome.Fused"/>, <see cref="MergingOutcome.BothStable"/>
/// or <see cref="MergingOutcome.Displaced"/>.
/// </summary>
/// <param name="Distances">The Hamming distances of the last memory from memory 1, one point each, in output order.</param>
/// <param name="N">Neurons.</param>
/// <param name="Memories">Stored memories, including the near copy (at least 2). Hopfield used 8.</param>
/// <param name="Coding">Binary (Hopfield 1982) or spin neurons.</param>
/// <param name="Dynamics">The zero-temperature relaxation.</param>
/// <param name="StableTolerance">A memory is stable when its fixed point is within this many bits of it.</param>
/// <param name="Trials">Independent memory sets per point.</param>
/// <param name="Learning">The learning rule; null means plain Hebb.</param>
public sealed record MergingDefinition(
    IReadOnlyList<int> Distances,
    int N,
    int Memories,
    NeuronCoding Coding,
    ChainProtocol Dynamics,
    int StableTolerance,
    int Trials,
    HopfieldLearning? Learning = null)
{
    /// <summary>The learning rule, never null.</summary>
    public HopfieldLearning Memory => Learning ?? HopfieldLearning.Hebb;
}
