using SpinGlass.Models;
using SpinGlass.Models.Hopfield;
using SpinGlass.Models.Sequences;

namespace SpinGlass.Runner.Experiments.Shared;

/// <summary>
/// The bytes a trial of each model holds at once, read off what its constructors and its trial allocate
/// (tests/SpinGlass.Runner.Tests/Experiments/TrialMemoryTests.cs holds each estimate to a measured allocation).
/// Sizes are the largest of the sweep; the caller has checked <c>N·p ≤ 2³¹ − 1</c>.
/// </summary>
internal static class TrialMemory
{
    /// <summary>
    /// A Hopfield network's trial: the patterns in their automatic layout (<see cref="PatternSet.BytesFor(int, int)"/>),
    /// the overlap cache (stored and int32 view), a materialised pattern and a few per-neuron arrays.
    /// </summary>
    public static long Hopfield(long n, long p) => PatternSet.BytesFor((int)n, (int)p) + (2 * 4 * (p + 64)) + (32 * n);

    /// <summary>
    /// A sequence network's trial: a Hopfield network's, plus the state's int8 neuron-major copy of the patterns
    /// (N·p), the pattern set's own neuron-major copy that copying rows builds in the int16 layout (N·p more), the
    /// filter's history (delay and step kernels: τ sweeps of p overlaps) and the overlaps read each sweep.
    /// </summary>
    public static long Sequence(long n, long p, SequenceKernel kernel, long tau) =>
        Hopfield(n, p)
        + (n * p)
        + (IsWide(n, p) ? n * p : 0)
        + kernel switch
        {
            SequenceKernel.Delay or SequenceKernel.Step => (tau * ((4 * p) + 24)) + (4 * p),
            SequenceKernel.Exponential => 8 * p,
            _ => 0,
        }
        + (8 * p);

    /// <summary>
    /// The trace the first trial of a sequence point keeps (and the point keeps until the report): one array of
    /// min(p, 32) overlaps per sweep and t = 0, and the list that holds them.
    /// </summary>
    public static long SequenceTrace(long sweeps, long p) => (sweeps + 1) * (24 + 8 + (8 * Math.Min(p, 32)));

    /// <summary>
    /// A dense memory's trial: a Hopfield network's patterns, cache and arrays, the neuron-major copy its flip costs
    /// read in the int16 layout (N·K), and the table of F over −N … N.
    /// </summary>
    public static long Dense(long n, long k) => Hopfield(n, k) + (IsWide(n, k) ? n * k : 0) + (8 * ((2 * n) + 1));

    /// <summary>A merging trial: the random memories, the full set with the near copy (and its pattern-major data) and a Hopfield network's state.</summary>
    public static long Merging(long n, long memories) =>
        Hopfield(n, memories) + PatternSet.BytesFor((int)n, (int)Math.Max(1, memories - 1)) + (n * memories);

    /// <summary>Fixed images held once for all trials: the pattern set and the pattern-major pixels it was built from.</summary>
    public static long ImagesShared(long n, long p) => PatternSet.BytesFor((int)n, (int)p) + (n * p);

    /// <summary>A recall trial on fixed images: the network's cache and per-neuron arrays (the patterns are shared).</summary>
    public static long ImagesTrial(long n, long p) => Hopfield(n, p) - PatternSet.BytesFor((int)n, (int)p);

    /// <summary>A dense memory's trial on fixed images: a recall trial's cache and arrays, the table of F over −N … N and the memory's int16 rows.</summary>
    public static long DenseImagesTrial(long n, long k) => ImagesTrial(n, k) + (8 * ((2 * n) + 1)) + DenseRows(n, k);

    /// <summary>A dense memory's own neuron-major int16 rows, padded to a multiple of 32 patterns and 64-byte aligned.</summary>
    private static long DenseRows(long n, long k) => (2 * n * ((k + 31) & ~31L)) + 64;

    /// <summary>Fixed images a dense memory holds once: <see cref="ImagesShared"/> and the neuron-major copy its flip costs read (int16 layout).</summary>
    public static long DenseImagesShared(long n, long k) => ImagesShared(n, k) + (IsWide(n, k) ? n * k : 0);

    /// <summary>What a point on fixed images keeps for the gallery: the cue and the recalled state of each image's first trial.</summary>
    public static long ImageExamples(long n, long p, long trials) => Math.Min(p, trials) * 2 * (n + 24);

    /// <summary>
    /// An Ising trial on <c>N = L^d</c> sites: the neighbour table (<c>2d</c> int32 per site), spins and the sampler's
    /// buffers (about 4 bytes per site), and the binned series (a few KiB whatever the run length).
    /// </summary>
    public static long Ising(LatticeKind lattice, long l)
    {
        int d = lattice switch { LatticeKind.Chain => 1, LatticeKind.Square => 2, _ => 3 };
        long n = (long)Math.Pow(l, d);
        return (n * ((4 * 2 * d) + 4)) + (8 << 10);
    }

    private static bool IsWide(long n, long p) => PatternSet.LayoutFor((int)n, (int)p) == PatternLayout.Wide;
}
