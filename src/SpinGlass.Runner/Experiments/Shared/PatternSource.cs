namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>Where a Hopfield experiment's patterns come from (<c>model.patterns</c>).</summary>
internal enum PatternSource
{
    /// <summary>Independent random ±1 patterns, fresh for every trial.</summary>
    Random,

    /// <summary>The built-in 10×10 letters A–Z (N = 100).</summary>
    Letters,

    /// <summary>The user's pictures, resized and binarised.</summary>
    Images,
}
