using SpinGlass.Analysis.Experiments.Hopfield;
using SpinGlass.Models.Hopfield;

namespace SpinGlass.Analysis.Experiments.Retrieval;

/// <summary>
/// The <c>retrieval</c> experiment: cue a stored pattern with exactly round(noise·N) flipped bits and let the network
/// recall it. Random patterns are drawn afresh per trial; fixed images (letters, pictures) are cycled through, trial
/// k cueing image k mod p.
/// </summary>
/// <param name="Points">The (N, p, noise, T) points in output order.</param>
/// <param name="Images">The fixed images, or null for random patterns.</param>
/// <param name="Coding">Spin or binary neurons.</param>
/// <param name="Dynamics">The recall protocol.</param>
/// <param name="Trials">Cues per point.</param>
/// <param name="SuccessOverlap">A recall succeeds when its overlap reaches this (1: exactly the pattern).</param>
/// <param name="Erase">When true the cue is the pattern with its last round(noise·N) bits erased (set off, −1: the
/// bottom rows of an image) instead of that many random bits flipped.</param>
/// <param name="Cue">An explicit cue, or null (the default) to cue each stored pattern in turn: every trial then starts
/// from this cue with round(noise·N) random bits flipped on top, and is scored against its target.</param>
/// <param name="Learning">The learning rule; null means plain Hebb.</param>
public sealed record RetrievalDefinition(
    IReadOnlyList<RetrievalPoint> Points,
    StoredImages? Images,
    NeuronCoding Coding,
    ChainProtocol Dynamics,
    int Trials,
    double SuccessOverlap,
    bool Erase = false,
    GivenCue? Cue = null,
    HopfieldLearning? Learning = null)
{
    /// <summary>The learning rule, never null.</summary>
    public HopfieldLearning Memory => Learning ?? HopfieldLearning.Hebb;
}
