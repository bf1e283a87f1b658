namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>How a recall cue is made from a stored pattern (<c>cue</c>).</summary>
internal enum CueKind
{
    /// <summary>Exactly round(noise·N) random bits flipped.</summary>
    Flip,

    /// <summary>The last round(noise·N) bits (the bottom rows of an image) erased to off (−1).</summary>
    Erase,
}
