namespace SpinGlass.Runner.Lab;

/// <summary>
/// What one request to the lab may ask for (docs/lab.md, "Limits"): the lab serves a page to whoever can reach it, so every
/// size and every amount of work is bounded, and a request beyond a bound is refused with a 4xx and one line.
/// </summary>
internal sealed record LabLimits
{
    /// <summary>The largest request body (JSON or an upload), in bytes.</summary>
    public long MaxBodyBytes { get; init; } = 8L << 20;

    /// <summary>The largest grid side (images are resized to at most this × this).</summary>
    public int MaxGridSide { get; init; } = 64;

    /// <summary>The most neurons a network may have.</summary>
    public int MaxNeurons { get; init; } = 64 * 64;

    /// <summary>The most stored patterns.</summary>
    public int MaxPatterns { get; init; } = 256;

    /// <summary>The most images in one upload.</summary>
    public int MaxImages { get; init; } = 26;

    /// <summary>The largest image file.</summary>
    public long MaxImageBytes { get; init; } = 2L << 20;

    /// <summary>The largest image, in pixels (decoding a larger one would take memory the request did not send).</summary>
    public long MaxImagePixels { get; init; } = 4096L * 4096;

    /// <summary>The sweep limit of one run.</summary>
    public int MaxSweeps { get; init; } = 1000;

    /// <summary>The most single-spin updates × stored patterns one request may cost (N · p · sweeps).</summary>
    public long MaxWork { get; init; } = 400_000_000;

    /// <summary>The most states a run returns (the first ones and the last; energies and overlaps come for every sweep).</summary>
    public int MaxFrames { get; init; } = 200;
}
