namespace SpinGlass.Analysis.Experiments.Dense;

/// <summary>What the charts of a <c>dense</c> run put on the horizontal axis: the first of K, cue noise and β of F that varies.</summary>
public enum DenseAxis
{
    /// <summary>Stored patterns K (logarithmic): the capacity curves of random patterns.</summary>
    K,

    /// <summary>The fraction of cue bits flipped: recall of fixed images from clean and noisy cues.</summary>
    Noise,

    /// <summary>The β of <c>F(x) = e^{βx}</c> (logarithmic).</summary>
    Beta,
}
